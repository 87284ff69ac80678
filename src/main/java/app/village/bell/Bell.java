package app.village.bell;

import app.village.account.AccountId;
import app.village.base.ui.LivePages;
import app.village.family.SpaceId;
import app.village.family.SpaceMemberships;
import app.village.notification.DeliveryHold;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * Stores what rings. One event's rings are stored in one transaction, all or none: if one fails, the event stays in
 * the publication registry and its re-delivery finds nothing half-stored. An entry made while one of her
 * {@link DeliveryHold}s applies (her sleep window, her quiet hours) shows only from the hold's end, so nothing new
 * appears in her header while she rests. At most one unread entry per person and thing: news about a thing she
 * hasn't read about yet updates that entry, and the same news again (a re-delivered event) changes nothing. A
 * member's entry is stored only while she is still in the space, checked under a lock on her membership, so her
 * removal either comes after it (and its listener deletes it) or it is skipped. Her open pages hear of an entry
 * that shows now ({@link LivePages#personChanged}), after the commit.
 */
@Component
class Bell {

    /** A hold ending may be followed by another (her quiet hours right after her sleep): ask again a few times. */
    private static final int MOST_HOLDS_IN_A_ROW = 3;

    private static final Logger log = LoggerFactory.getLogger(Bell.class);

    private final BellEntryRepository entries;
    private final List<DeliveryHold> holds;
    private final LivePages pages;
    private final SpaceMemberships memberships;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Bell(BellEntryRepository entries, List<DeliveryHold> holds, LivePages pages, SpaceMemberships memberships,
            PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.holds = holds;
        this.pages = pages;
        this.memberships = memberships;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void ring(List<Ring> rings) {
        if (rings.isEmpty()) {
            return;
        }
        List<UUID> toTell;
        try {
            toTell = storeAll(rings);
        } catch (DataIntegrityViolationException alreadyRung) {
            // Another delivery of the same event stored an entry a moment ago: once more, it then updates (or leaves)
            // those. Anything else that fails here fails again and leaves the event for its re-delivery.
            log.debug("Bell entries {} for {} met another delivery; storing them once more", rings.getFirst().kind(),
                    rings.getFirst().subjectId());
            toTell = storeAll(rings);
        }
        toTell.forEach(pages::personChanged);
    }

    /** Stores all the rings in one transaction; who has an entry that changed and shows now. */
    private List<UUID> storeAll(List<Ring> rings) {
        var toTell = ownTransaction.execute(status -> {
            var changed = new ArrayList<UUID>();
            var now = clock.instant();
            for (var ring : rings) {
                if (store(ring, now)) {
                    changed.add(ring.recipient());
                }
            }
            return changed;
        });
        return toTell == null ? List.of() : toTell;
    }

    /** Whether her bell shows a change now. */
    private boolean store(Ring ring, Instant now) {
        if (ring.kind() != BellKind.INVITED
                && !memberships.isMember(new SpaceId(ring.spaceId()), new AccountId(ring.recipient()))) {
            return false; // she left or was removed since the ringer read the circle
        }
        var showsFrom = showsFrom(ring.recipient(), now);
        var unread = entries.findByRecipientIdAndUnreadKey(ring.recipient(),
                BellEntry.unreadKey(ring.kind(), ring.subjectId()));
        if (unread.isPresent()) {
            var entry = unread.get();
            return entry.update(ring, now, showsFrom) && !entry.getShowsFrom().isAfter(now);
        }
        entries.saveAndFlush(new BellEntry(ring, now, showsFrom));
        return !showsFrom.isAfter(now);
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
