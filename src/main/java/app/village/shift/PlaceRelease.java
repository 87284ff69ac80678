package app.village.shift;

import app.village.family.MembershipEnded;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When someone is no longer in a space, her places on its coming shifts (those that have not started) are
 * freed so others can sign up; shifts under way or over keep her for the record. Her offers of a break that the
 * mother has not answered are withdrawn, so they stop showing and can't put a non-member on a shift. Runs inside the transaction
 * that ended the membership (see docs/decisions/membership-ended-releases-atomically.md), and for a deleted
 * account before her account row goes, whose cascade would otherwise delete her sign-ups and leave the counts.
 */
@Component
class PlaceRelease {

    private static final Logger log = LoggerFactory.getLogger(PlaceRelease.class);

    private final CareShiftRepository shifts;
    private final ShiftSignupRepository signups;
    private final RespiteOfferRepository offers;
    private final Clock clock;

    PlaceRelease(CareShiftRepository shifts, ShiftSignupRepository signups, RespiteOfferRepository offers,
            Clock clock) {
        this.shifts = shifts;
        this.signups = signups;
        this.offers = offers;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onMembershipEnded(MembershipEnded ended) {
        // The lock her own sign-ups take: one of hers in progress commits first and is released here too.
        signups.lockPerson(ended.accountId());
        var now = clock.instant();
        int freed = shifts.givePlacesBackStartingAfter(ended.spaceId(), ended.accountId(), now);
        signups.deleteStartingAfter(ended.spaceId(), ended.accountId(), now);
        int withdrawn = offers.withdrawOpenOffers(ended.spaceId(), ended.accountId());
        log.info("Membership of account {} in space {} ended ({}): {} coming shift places freed, {} open offers withdrawn",
                ended.accountId(), ended.spaceId(), ended.reason(), freed, withdrawn);
    }
}
