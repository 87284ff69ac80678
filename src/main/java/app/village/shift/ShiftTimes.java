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
}
