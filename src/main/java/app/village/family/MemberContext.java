package app.village.family;

import java.time.ZoneId;
import java.util.UUID;

/** The signed-in person as a member of one space: what other features get back from {@link SpaceAccess}. */
public record MemberContext(UUID spaceId, UUID accountId, UUID membershipId, FamilyRole role, ZoneId zone,
        boolean organizersMayInvite) {

    public boolean can(FamilyPermission permission) {
        return permission.allows(role, organizersMayInvite);
    }
}
