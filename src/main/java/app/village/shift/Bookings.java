package app.village.shift;

import app.village.account.AccountId;
import app.village.family.SpaceId;
import app.village.family.SpaceMemberships;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The booking rules the shift services share: one person's bookings run one after the other, behind a row lock
 * on her account that her leaving a space takes too ({@link PlaceRelease}), and nobody holds places on two
 * shifts that overlap. Package-private and without a {@code SpaceAccess} check of its own: the services call it
 * inside their transaction, after checking who may act.
 * <p>Decisions: docs/decisions/shift-places-and-double-booking.md, docs/decisions/shift-services-by-concern.md.
 */
@Component
class Bookings {

    private final ShiftSignupRepository signups;
    private final SpaceMemberships memberships;

    Bookings(ShiftSignupRepository signups, SpaceMemberships memberships) {
        this.signups = signups;
        this.memberships = memberships;
    }

    /** Holds her bookings until the transaction ends, so a second booking of hers waits for this one. */
    void lock(UUID accountId) {
        signups.lockPerson(accountId);
    }

    /**
     * Locks her bookings, then says whether she is still in the space: if she was leaving, her leaving has
     * committed once the lock is ours, and a membership read before it is stale.
     */
    boolean lockWhileMember(SpaceId spaceId, UUID accountId) {
        lock(accountId);
        return memberships.isMember(spaceId, AccountId.of(accountId));
    }

    /** Whether she holds a place on a shift overlapping {@code startsAt} to {@code endsAt}. */
    boolean isBusy(UUID accountId, Instant startsAt, Instant endsAt) {
        return signups.countOverlapping(accountId, startsAt, endsAt) > 0;
    }

    /** Whether she, who has a place on {@code moving}, would clash with another of hers at its new times. */
    boolean isBusyElsewhere(UUID accountId, CareShift moving, ShiftTimes newTimes) {
        var ownPlace = moving.getStartsAt().isBefore(newTimes.endsAt()) && moving.getEndsAt().isAfter(newTimes.startsAt())
                ? 1 : 0;
        return signups.countOverlapping(accountId, newTimes.startsAt(), newTimes.endsAt()) - ownPlace > 0;
    }
}
