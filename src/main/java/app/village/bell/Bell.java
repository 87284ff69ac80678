package app.village.bell;

import app.village.base.ui.LivePages;
import app.village.notification.DeliveryHold;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what rings, each person's entry in its own short transaction. An entry made while one of her
 * {@link DeliveryHold}s applies (her sleep window, her quiet hours) shows only from the hold's end, so nothing new
 * appears in her header while she rests. At most one unread entry per person and thing: news about a thing she
 * hasn't read about yet updates that entry, which also makes a re-delivered event ring once. Her open pages hear
 * of an entry that shows now ({@link LivePages#personChanged}).
 */
@Component
class Bell {

    /** A hold ending may be followed by another (her quiet hours right after her sleep): ask again a few times. */
    private static final int MOST_HOLDS_IN_A_ROW = 3;

    private static final Logger log = LoggerFactory.getLogger(Bell.class);

    private final BellEntryRepository entries;
    private final List<DeliveryHold> holds;
    private final LivePages pages;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Bell(BellEntryRepository entries, List<DeliveryHold> holds, LivePages pages, PlatformTransactionManager transactions,
            Clock clock) {
        this.entries = entries;
        this.holds = holds;
        this.pages = pages;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void ring(List<Ring> rings) {
        for (var ring : rings) {
            var now = clock.instant();
            var showsFrom = showsFrom(ring.recipient(), now);
            try {
                ownTransaction.executeWithoutResult(status -> store(ring, now, showsFrom));
            } catch (DataIntegrityViolationException alreadyRung) {
                // The same news for her was stored a moment ago by another delivery of it, or she or the space is gone.
                log.debug("Bell entry {} for {} not stored", ring.kind(), ring.subjectId());
                continue;
            }
            if (!showsFrom.isAfter(now)) {
                pages.personChanged(ring.recipient());
            }
        }
    }

    private void store(Ring ring, Instant now, Instant showsFrom) {
        var unread = entries.findByRecipientIdAndUnreadKey(ring.recipient(),
                BellEntry.unreadKey(ring.kind(), ring.subjectId()));
        if (unread.isPresent()) {
            unread.get().update(ring, now, showsFrom);
        } else {
            entries.saveAndFlush(new BellEntry(ring, now, showsFrom));
        }
    }

    /** Now, or the end of the holds on her now (the latest end, then any hold that follows it). */
    Instant showsFrom(UUID accountId, Instant now) {
        var at = now;
        for (int round = 0; round < MOST_HOLDS_IN_A_ROW; round++) {
            var from = at;
            var end = holds.stream()
                    .map(hold -> hold.heldUntil(accountId, from))
                    .flatMap(java.util.Optional::stream)
                    .filter(until -> until.isAfter(from))
                    .max(Instant::compareTo);
            if (end.isEmpty()) {
                break;
            }
            at = end.get();
        }
        return at;
    }
}
