package app.village.notification;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail that Village will send. Messages are recorded here, in the same transaction as the change that caused
 * them, so none is lost or sent for a change that rolled back; {@link MailDelivery} sends them after commit.
 * <p>Decisions: docs/decisions/invitation-mail-in-the-outbox.md, docs/decisions/no-messages-inside-her-sleep.md,
 * docs/decisions/mail-delivery-queue.md.
 */
@Service
public class MailOutbox {

    private final OutgoingEmailRepository outbox;
    private final Clock clock;

    MailOutbox(OutgoingEmailRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records a letter, rendered and sent after the calling transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Letter letter) {
        outbox.save(new OutgoingEmail(letter, clock.instant()));
    }

    /**
     * Withdraws every message about this thing that has not gone out yet, such as the reminders of a shift that
     * was cancelled; they stay in the outbox for the record and are never sent. Returns how many.
     */
    @Transactional
    public int withdraw(String about) {
        var now = clock.instant();
        var waiting = outbox.findByAboutAndSentAtIsNullAndWithdrawnAtIsNull(about);
        waiting.forEach(email -> email.withdraw(now));
        return waiting.size();
    }

    /**
     * Withdraws every message to this account that has not gone out yet, held or waiting; for an account being
     * deleted. Returns how many.
     */
    @Transactional
    public int withdrawAllFor(UUID accountId) {
        var now = clock.instant();
        var waiting = outbox.findWaitingFor(accountId);
        waiting.forEach(email -> email.withdraw(now));
        return waiting.size();
    }
}
