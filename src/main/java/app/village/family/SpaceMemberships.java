package app.village.family;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spaces a person belongs to right now, for work done without her signed in (her calendar feed, read by
 * her calendar app). It reads the database each time, so a space she left or was removed from is gone at once.
 * Callers must already know who the person is by other means, such as a secret token, or, inside a signed-in
 * action, from {@link SpaceAccess}: then these answer whether she is still a member now, after a lock the action
 * waited for (a membership that ended in the meantime is not in what {@link SpaceAccess} read at the start).
 */
@Component
public class SpaceMemberships {

    private final MembershipRepository memberships;

    SpaceMemberships(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** Her spaces and each one's time zone. */
    @Transactional(readOnly = true)
    public Map<UUID, ZoneId> zonesOfSpacesOf(UUID accountId) {
        var zones = new LinkedHashMap<UUID, ZoneId>();
        memberships.findByAccountIdMostRecentFirst(accountId)
                .forEach(membership -> zones.put(membership.getSpace().getId(), membership.getSpace().getZone()));
        return zones;
    }

    /**
     * Whether she is in the space now, keeping it so until the caller's transaction ends: her leaving or removal,
     * if under way, is waited for first and then counts. What she then books either commits before her leaving
     * (whose release, after it commits, frees it) or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean isMember(UUID spaceId, UUID accountId) {
        return !memberships.lock(spaceId, accountId).isEmpty();
    }

    /**
     * Keeps her membership from ending until the caller's transaction ends, and refuses as {@link SpaceAccess}
     * does when it has already ended. Her leaving or removal, if under way, is waited for first, so whatever
     * the caller then writes in her name either commits before the leave (which then releases it) or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdMembership(UUID spaceId, UUID accountId) {
        if (memberships.lock(spaceId, accountId).isEmpty()) {
            throw new NotAMemberException();
        }
    }
}
