package app.village.reminder;

import java.time.Instant;
import java.util.UUID;

/** What makes a reminder the same one: the unique key of {@code reminder_sent}. */
record ReminderKey(UUID accountId, ItemKind itemKind, UUID itemId, Instant startsAt, ReminderMoment moment) {

    static ReminderKey of(Commitment item, ReminderMoment moment) {
        return new ReminderKey(item.accountId(), item.kind(), item.itemId(), item.startsAt(), moment);
    }
}
