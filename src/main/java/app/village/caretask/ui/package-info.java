/** The care-task pages: Today, the full list, a task's page and its editor, and the home-page sections. */
@NullMarked
package app.village.caretask.ui;

import org.jspecify.annotations.NullMarked;
