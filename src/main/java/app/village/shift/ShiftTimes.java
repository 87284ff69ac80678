package app.village.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A shift's start and end as instants, from a day and wall-clock times in the family's time zone. Without
 * an end day, an end at or before the start means the next morning (a night shift from 22:00 to 06:00). On
 * the night the clocks change, the length follows the real clock: 22:00 to 06:00 is 9 hours when they go back.
 * <p>Decision: docs/decisions/shift-times-in-family-time.md.
 */
record ShiftTimes(Instant startsAt, Instant endsAt, LocalDate startDay) {

    static ShiftTimes of(LocalDate day, LocalTime start, @Nullable LocalDate endDay, LocalTime end, ZoneId zone) {
        var startsAt = day.atTime(start).atZone(zone).toInstant();
        var lastDay = endDay != null ? endDay : end.isAfter(start) ? day : day.plusDays(1);
        var endsAt = lastDay.atTime(end).atZone(zone).toInstant();
        return new ShiftTimes(startsAt, endsAt, day);
    }

    Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    /** These times, if they make a shift: some time at all, and at most a day. */
    ShiftTimes requireAtMostADay() {
        if (!endsAt.isAfter(startsAt)) {
            // The form checks the wall-clock times, so this is a night the clocks go forward over them.
            throw new ShiftProblem("The clocks go forward during these hours, which leaves no time at all. "
                    + "Please choose a later end.");
        }
        if (length().compareTo(Duration.ofHours(25)) > 0) {
            throw new ShiftProblem("A shift runs from its start to at most a day later.");
        }
        return this;
    }
}
