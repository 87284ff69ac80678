/** The shift pages: the week of shifts, a shift with its handoffs, adding a shift, and the mother's rest. */
@NullMarked
@NamedInterface("ui")
package app.village.shift.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
