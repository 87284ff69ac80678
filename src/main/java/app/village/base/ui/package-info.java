/** Shared UI: the main layout, error pages and small helpers every feature's views may use. */
@NullMarked
@NamedInterface("ui")
package app.village.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
