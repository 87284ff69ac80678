package app.village.family;

import static app.village.family.FamilyRole.OWNER;
import static app.village.family.FamilyRole.ORGANIZER;
import static app.village.family.FamilyRole.SUPPORTER;
import static app.village.family.FamilyRole.VIEWER;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one permission table. Views use it to decide what to show; services use it to decide what to allow.
 */
public enum FamilyPermission {
    VIEW_SPACE(OWNER, ORGANIZER, SUPPORTER, VIEWER),
    EDIT_SPACE(OWNER),
    DELETE_SPACE(OWNER),
    MANAGE_MEMBERS(OWNER),
    SEE_MEMBER_EMAILS(OWNER),
    READ_AUDIT_LOG(OWNER),
    /** Organizers too, when the owner allows it in the space settings. */
    INVITE(OWNER),
    MANAGE_CARE(OWNER, ORGANIZER),
    CLAIM_CARE(OWNER, ORGANIZER, SUPPORTER),
    OFFER_RESPITE(OWNER, ORGANIZER, SUPPORTER),
    /** The mother's own rest: asking for a break, her sleep window, accepting offers. */
    PLAN_OWN_REST(OWNER),
    POST_UPDATES(OWNER, ORGANIZER, SUPPORTER),
    /** Edit or delete an update someone else posted (the poster always may change her own). */
    MODERATE_UPDATES(OWNER),
    /** Pin one update to the top of everyone's home, or unpin it. */
    PIN_UPDATE(OWNER);

    private final Set<FamilyRole> roles;

    FamilyPermission(FamilyRole first, FamilyRole... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean allows(FamilyRole role, boolean organizersMayInvite) {
        if (this == INVITE && role == ORGANIZER && organizersMayInvite) {
            return true;
        }
        return roles.contains(role);
    }
}
