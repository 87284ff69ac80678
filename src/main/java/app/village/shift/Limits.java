package app.village.shift;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** Checks the forms share, on wall-clock times (the service turns them into instants in the family's zone). */
final class Limits {

    private Limits() {
    }

    /**
     * How far from today the forms take a day ({@code WithinYearsOfToday} on a getter, so the binder leaves it
     * to the service, which validates on the app clock and reports the path "dayPlausible").
     */
    static final int YEARS_AROUND_TODAY = 1;

    static boolean endAfterStart(@Nullable LocalDate day, @Nullable LocalTime start, @Nullable LocalDate endDay,
            @Nullable LocalTime end) {
        if (day == null || start == null || end == null) {
            return true; // @NotNull reports these
        }
        if (endDay == null) {
            return !end.equals(start); // an earlier end is the next morning; the same time is no shift at all
        }
        return endOf(day, start, endDay, end).isAfter(day.atTime(start));
    }

    static boolean atMostADay(@Nullable LocalDate day, @Nullable LocalTime start, @Nullable LocalDate endDay,
            @Nullable LocalTime end) {
        if (day == null || start == null || end == null) {
            return true;
        }
        var length = Duration.between(day.atTime(start), endOf(day, start, endDay, end));
        return length.isNegative() || length.compareTo(Duration.ofHours(24)) <= 0;
    }

    static LocalDateTime endOf(LocalDate day, LocalTime start, @Nullable LocalDate endDay, LocalTime end) {
        var lastDay = endDay != null ? endDay : end.isAfter(start) ? day : day.plusDays(1);
        return lastDay.atTime(end);
    }
}
