package app.village.reminder;

import app.village.notification.MailPreferences;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When her reminders for an item come, from her preferences and the family's time zone. */
final class ReminderTimes {

    /** A reminder that has come: which one, and when it came. */
    record Due(ReminderMoment moment, Instant at) {
    }

    private ReminderTimes() {
    }

    /**
     * The latest of her reminders that has come by {@code now} for an item starting at {@code startsAt}, if it
     * hasn't started. After downtime, when both have come, only the later one is sent: one reminder is enough.
     */
    static Optional<Due> latestCome(MailPreferences preferences, ZoneId zone, Instant startsAt, Instant now) {
        if (!preferences.reminders() || !startsAt.isAfter(now)) {
            return Optional.empty();
        }
        Due latest = null;
        var eveningAt = preferences.eveningBeforeAt();
        if (eveningAt != null) {
            // The family's day before the item's day, at her evening time (a time in the spring-forward gap reads
            // as the time after it).
            var dayBefore = startsAt.atZone(zone).toLocalDate().minusDays(1);
            var at = ZonedDateTime.of(dayBefore, eveningAt, zone).toInstant();
            if (!at.isAfter(now)) {
                latest = new Due(ReminderMoment.EVENING_BEFORE, at);
            }
        }
        var lead = preferences.beforeStart();
        if (lead != null && !lead.isNegative() && !lead.isZero()) {
            var at = startsAt.minus(lead);
            if (!at.isAfter(now) && (latest == null || !at.isBefore(latest.at()))) {
                latest = new Due(ReminderMoment.BEFORE_START, at);
            }
        }
        return Optional.ofNullable(latest);
    }
}
