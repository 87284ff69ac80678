package app.village.shift;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The mother's rest this week (Monday to Sunday in the family's time zone): the hours of filled respite and
 * night shifts, and how many nights were or are covered.
 */
public record RestWeek(LocalDate monday, Duration rest, int coveredNights) {
}
