package app.village.shift;

import app.village.family.MemberLeft;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When someone is no longer in a space, her places on its coming shifts (those that have not started) are
 * freed so others can sign up; shifts under way or over keep her for the record. Her offers of a break that the
 * mother has not answered are withdrawn, so they stop showing and can't put a non-member on a shift.
 * Runs after her leaving or removal commits, in its own transaction, kept by the event publication registry until
 * done; a deleted account is released inside the deletion's transaction instead, before her account row goes,
 * whose cascade would otherwise delete her sign-ups and leave the counts
 * (docs/decisions/membership-events-after-commit.md). Each place freed is published as {@link ShiftWithdrawn} by
 * her, in the same transaction (docs/decisions/release-and-roll-publish-events.md); the offers withdrawn are not.
 */
@Component
class PlaceRelease {

    private static final Logger log = LoggerFactory.getLogger(PlaceRelease.class);

    private final CareShiftRepository shifts;
    private final ShiftSignupRepository signups;
    private final RespiteOfferRepository offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlaceRelease(CareShiftRepository shifts, ShiftSignupRepository signups, RespiteOfferRepository offers,
            ApplicationEventPublisher events, Clock clock) {
        this.shifts = shifts;
        this.signups = signups;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void onMemberLeft(MemberLeft left) {
        if (left.why() != MemberLeft.Why.ACCOUNT_DELETED) {
            release(left);
        }
    }

    @EventListener(condition = "#left.why() == T(app.village.family.MemberLeft$Why).ACCOUNT_DELETED")
    @Transactional(propagation = Propagation.MANDATORY)
    void onAccountDeleted(MemberLeft left) {
        release(left);
    }

    private void release(MemberLeft left) {
        // The lock her own sign-ups take: one of hers in progress commits first and is released here too.
        signups.lockPerson(left.accountId());
        var now = clock.instant();
        for (var row : shifts.findHeldStartingAfter(left.spaceId(), left.accountId(), now)) {
            events.publishEvent(new ShiftWithdrawn(left.spaceId(), (UUID) row[0], left.accountId(),
                    requestedBy(left, (UUID) row[1])));
        }
        int freed = shifts.givePlacesBackStartingAfter(left.spaceId(), left.accountId(), now);
        signups.deleteStartingAfter(left.spaceId(), left.accountId(), now);
        int withdrawn = offers.withdrawOpenOffers(left.spaceId(), left.accountId());
        log.info("Account {} is no longer in space {} ({}): {} coming shift places freed, {} open offers withdrawn",
                left.accountId(), left.spaceId(), left.why(), freed, withdrawn);
    }

    /** Whose break it is, as the bell should see it: nobody once that account is the one being deleted. */
    private static @Nullable UUID requestedBy(MemberLeft left, @Nullable UUID requestedBy) {
        var deleted = left.why() == MemberLeft.Why.ACCOUNT_DELETED && left.accountId().equals(requestedBy);
        return deleted ? null : requestedBy;
    }
}
