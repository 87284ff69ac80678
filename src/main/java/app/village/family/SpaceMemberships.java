package app.village.family;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spaces a person belongs to right now, for work done without her signed in (her calendar feed, read by
 * her calendar app). It reads the database each time, so a space she left or was removed from is gone at once.
 * Callers must already know who the person is by other means, such as a secret token.
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
}
