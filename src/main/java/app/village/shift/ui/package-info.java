/** The shift pages: the week of shifts, a shift with its handoffs, adding a shift, and the mother's rest. */
@NullMarked
package app.village.shift.ui;

import org.jspecify.annotations.NullMarked;
