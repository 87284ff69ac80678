/** The page where a member gets, replaces or turns off her calendar address. */
@NullMarked
package app.village.calendar.ui;

import org.jspecify.annotations.NullMarked;
