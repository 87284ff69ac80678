package app.village.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A stretch of every day on the wall clock of one zone, such as the mother's sleep window (22:00 to 06:00) or
 * someone's quiet hours. A window whose end comes before its start crosses midnight. The end is found on the
 * wall clock, so across a change to or from summer time the window still ends at 06:00 local time.
 */
public record DailyWindow(LocalTime from, LocalTime until, ZoneId zone) {

    /** When the window that {@code now} falls in ends; empty when {@code now} is outside it. */
    public Optional<Instant> endIfInside(Instant now) {
        if (from.equals(until)) {
            return Optional.empty();
        }
        var local = now.atZone(zone);
        var time = local.toLocalTime();
        var today = local.toLocalDate();
        boolean crossesMidnight = until.isBefore(from);
        if (crossesMidnight) {
            if (!time.isBefore(from)) {
                return Optional.of(ZonedDateTime.of(today.plusDays(1), until, zone).toInstant());
            }
            if (time.isBefore(until)) {
                return Optional.of(ZonedDateTime.of(today, until, zone).toInstant());
            }
            return Optional.empty();
        }
        if (!time.isBefore(from) && time.isBefore(until)) {
            return Optional.of(ZonedDateTime.of(today, until, zone).toInstant());
        }
        return Optional.empty();
    }
}
