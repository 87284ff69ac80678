package app.village.reminder;

import app.village.caretask.TasksTakenOn;
import app.village.notification.LetterCheck;
import app.village.shift.PlacesHeld;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks, when a reminder is about to be sent, whether its item still stands as it did when the reminder was
 * recorded: the shift or task is still there, she is still on it, it still starts at the same moment, and it hasn't
 * started yet. If not (cancelled, handed back, moved, or the reminder waited past the start through retries, her
 * sleep or quiet hours, a restart), the letter is withdrawn, not sent. Subject: the {@link ReminderSent} row.
 */
@Component
class ReminderStillStands implements LetterCheck {

    static final String PURPOSE = "reminder";

    private final ReminderSentRepository sent;
    private final PlacesHeld places;
    private final TasksTakenOn tasks;

    ReminderStillStands(ReminderSentRepository sent, PlacesHeld places, TasksTakenOn tasks) {
        this.sent = sent;
        this.places = places;
        this.tasks = tasks;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean stillTrue(UUID reminderSentId, @Nullable UUID recipientAccountId, Instant now) {
        return sent.findById(reminderSentId).filter(reminder -> stillAsRecorded(reminder, now)).isPresent();
    }

    private boolean stillAsRecorded(ReminderSent reminder, Instant now) {
        var item = switch (reminder.getItemKind()) {
            case SHIFT -> places.now(reminder.getItemId(), reminder.getAccountId()).map(Commitment::of);
            case TASK -> tasks.now(reminder.getItemId(), reminder.getAccountId()).map(Commitment::of);
        };
        return item.filter(each -> each.startsAt().equals(reminder.getStartsAt()) && each.startsAt().isAfter(now))
                .isPresent();
    }
}
