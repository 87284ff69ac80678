package app.village.reminder;

import app.village.caretask.TasksTakenOn;
import app.village.notification.SecretMinter;
import app.village.shift.PlacesHeld;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks, when a reminder is about to be sent, whether its item still stands as it did when the reminder was
 * recorded: the shift or task is still there, she is still on it, and it still starts at the same moment. If not
 * (cancelled, handed back, moved), the minter gives nothing and the letter is withdrawn, not sent: this covers
 * the time between recording and sending (retries, her sleep or quiet hours, a restart). The "secret" is only the
 * item's page, which the template needs no more than its button does; nothing secret is involved.
 */
@Component
class ReminderMinter implements SecretMinter {

    static final String PURPOSE = "reminder";

    private final ReminderSentRepository sent;
    private final PlacesHeld places;
    private final TasksTakenOn tasks;

    ReminderMinter(ReminderSentRepository sent, PlacesHeld places, TasksTakenOn tasks) {
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
    public Optional<String> mint(UUID reminderSentId) {
        return sent.findById(reminderSentId).flatMap(this::stillAsRecorded);
    }

    private Optional<String> stillAsRecorded(ReminderSent reminder) {
        var now = switch (reminder.getItemKind()) {
            case SHIFT -> places.now(reminder.getItemId(), reminder.getAccountId()).map(Commitment::of);
            case TASK -> tasks.now(reminder.getItemId(), reminder.getAccountId()).map(Commitment::of);
        };
        return now.filter(item -> item.startsAt().equals(reminder.getStartsAt())).map(Commitment::path);
    }
}
