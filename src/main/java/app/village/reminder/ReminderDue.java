package app.village.reminder;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder came for {@code accountId}: her place on a shift or a task she took on ({@code item}, {@code itemId})
 * starts at {@code startsAt}. Published once, with the reminder's record ({@code reminderId}, unique per person,
 * item, start and moment), so the bell can ring for it; ids only, never the item's title.
 */
public record ReminderDue(UUID reminderId, UUID accountId, UUID spaceId, Item item, UUID itemId, Instant startsAt) {

    /** What the reminder is about. */
    public enum Item {
        SHIFT,
        TASK
    }
}
