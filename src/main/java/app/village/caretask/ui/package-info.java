/**
 * The care-task pages: Today, the full list, a task's page and its editor, and the home-page sections. Other
 * features add to Today through {@link app.village.caretask.ui.TodaySection}.
 */
@NullMarked
@NamedInterface("ui")
package app.village.caretask.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
