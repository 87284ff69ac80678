/**
 * Personal calendar feeds: each member's secret iCalendar address with the shifts she signed up for and the
 * tasks she took on, in the spaces she belongs to now, which Google Calendar, Apple Calendar or Outlook
 * subscribe to. The address holds a 256-bit token; only its SHA-256 hash is stored.
 */
@ApplicationModule(allowedDependencies = {"family", "shift", "caretask", "security", "base"})
@NullMarked
package app.village.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
