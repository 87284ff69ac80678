package app.village.family;

import java.time.ZoneId;

/** A space as one of its members sees it, with the settings form for owners to edit. */
public record SpaceDetails(SpaceId id, String name, ZoneId zone, FamilyRole myRole, SpaceForm settings) {

    public boolean can(FamilyPermission permission) {
        return permission.allows(myRole, settings.organizersMayInvite());
    }
}
