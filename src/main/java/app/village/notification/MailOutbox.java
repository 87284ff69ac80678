package app.village.notification;

import java.time.Clock;
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

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String toAddress, String subject, String body) {
        outbox.save(new OutgoingEmail(toAddress, subject, body, clock.instant()));
    }

    /** How many messages were recorded for this address, sent or not; for tests. */
    @Transactional(readOnly = true)
    public int waitingFor(String toAddress) {
        return outbox.findByToAddress(toAddress).size();
    }
}
