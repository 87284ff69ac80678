package app.village.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox seen as a queue: each step is its own short transaction, committed before or after sending and
 * never around it, so a slow or failing SMTP server holds no locks and rolls nothing back.
 */
@Component
class DeliveryQueue {

    /** The waits after the first, second, third and fourth failed attempt; the fifth failure gives up. */
    static final List<Duration> RETRY_WAITS =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    /** Long enough for a batch at the SMTP timeouts; a worker that died frees its messages after it. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private final OutgoingEmailRepository outbox;
    private final HeldMail heldMail;
    private final Clock clock;

    DeliveryQueue(OutgoingEmailRepository outbox, HeldMail heldMail, Clock clock) {
        this.outbox = outbox;
        this.heldMail = heldMail;
        this.clock = clock;
    }

    /**
     * The due messages this worker now holds; those another worker took first are left out, and so are those
     * {@link HeldMail} puts back while her sleep window or quiet hours are on.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    List<OutgoingEmail> claimDue(UUID worker, int batchSize) {
        var now = clock.instant();
        var claimed = outbox.findDue(now, Limit.of(batchSize)).stream()
                .filter(id -> outbox.claim(id, worker, now, now.plus(LEASE)) == 1)
                .toList();
        return heldMail.sortOut(outbox.findAllById(claimed), worker, now, now.plus(LEASE));
    }

    /** Marks it sent; a held summary marks every message it carried. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void sent(OutgoingEmail email, UUID worker) {
        var now = clock.instant();
        carried(email, worker).forEach(each -> outbox.markSent(each.getId(), worker, now));
    }

    /** Schedules the next attempt after a growing wait, or gives up after the last one; a summary's all wait. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(OutgoingEmail email, UUID worker, String reason) {
        carried(email, worker).forEach(each -> failedOne(each, worker, reason));
    }

    /** The messages this one stands for: itself, or for a held summary all of hers this worker claimed. */
    private List<OutgoingEmail> carried(OutgoingEmail email, UUID worker) {
        if (!HeldMail.standsForASummary(email)) {
            return List.of(email);
        }
        var held = outbox.findHeldClaimedBy(Objects.requireNonNull(email.getRecipientAccountId()),
                email.getToAddress(), worker);
        return held.isEmpty() ? List.of(email) : held;
    }

    private void failedOne(OutgoingEmail email, UUID worker, String reason) {
        var now = clock.instant();
        var failuresBefore = email.getAttempts();
        if (failuresBefore < RETRY_WAITS.size()) {
            outbox.markFailed(email.getId(), worker, now.plus(RETRY_WAITS.get(failuresBefore)), reason);
        } else {
            outbox.markGivenUp(email.getId(), worker, now, reason);
        }
    }

    /** The server refused the address for good (a 5xx answer): retrying won't change that, so give up now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void refused(OutgoingEmail email, UUID worker, String reason) {
        var now = clock.instant();
        carried(email, worker).forEach(each -> outbox.markGivenUp(each.getId(), worker, now, reason));
    }

    /** Its subject can no longer be used (a revoked invitation): never sent. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void withdrawn(OutgoingEmail email, UUID worker) {
        outbox.markWithdrawn(email.getId(), worker, clock.instant());
    }

    boolean givesUpAfter(OutgoingEmail email) {
        return email.getAttempts() >= RETRY_WAITS.size();
    }
}
