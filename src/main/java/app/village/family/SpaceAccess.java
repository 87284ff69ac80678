package app.village.family;

import app.village.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family-space boundary. Every service that reads or changes family data starts here: it answers who
 * the signed-in person is in that space, or refuses. It always reads the database, so a member who was
 * removed a moment ago is refused on her very next click.
 */
@Component
public class SpaceAccess {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    SpaceAccess(MembershipRepository memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** The signed-in person's membership of the space; refuses when she has none (or it doesn't exist). */
    @Transactional(readOnly = true)
    public MemberContext requireMember(UUID spaceId) {
        return toContext(requireMembership(spaceId));
    }

    /** As {@link #requireMember}, and her role must allow the action. */
    @Transactional(readOnly = true)
    public MemberContext require(UUID spaceId, FamilyPermission permission) {
        var member = requireMember(spaceId);
        if (!member.can(permission)) {
            throw new NotAllowedException(permission);
        }
        return member;
    }

    Membership requireMembership(UUID spaceId) {
        var accountId = currentUser.requireAccountId();
        return memberships.findBySpaceIdAndAccountId(spaceId, accountId).orElseThrow(NotAMemberException::new);
    }

    Membership requireMembership(UUID spaceId, FamilyPermission permission) {
        var membership = requireMembership(spaceId);
        if (!permission.allows(membership.getRole(), membership.getSpace().isOrganizersMayInvite())) {
            throw new NotAllowedException(permission);
        }
        return membership;
    }

    static MemberContext toContext(Membership membership) {
        var space = membership.getSpace();
        return new MemberContext(space.getId(), membership.getAccountId(), membership.getId(), membership.getRole(),
                space.getZone(), space.isOrganizersMayInvite());
    }
}
