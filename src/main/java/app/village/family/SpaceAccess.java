package app.village.family;

import app.village.base.RequestMemo;
import app.village.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family-space boundary. Every service that reads or changes family data starts here: it answers who
 * the signed-in person is in that space, or refuses. It always reads the database, so a member who was
 * removed a moment ago is refused on her very next click. Within one request it reads her membership once:
 * the sections of a page each check it, and the request's {@link RequestMemo} answers them after the first.
 */
@Component
public class SpaceAccess {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;
    private final RequestMemo memo;

    SpaceAccess(MembershipRepository memberships, CurrentUser currentUser, RequestMemo memo) {
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.memo = memo;
    }

    /** The signed-in person's membership of the space; refuses when she has none (or it doesn't exist). */
    @Transactional(readOnly = true)
    public MemberContext requireMember(SpaceId spaceId) {
        var accountId = currentUser.requireAccountId();
        MemberContext known = memo.recall(new ReadInThisRequest(accountId, spaceId.value()));
        return known != null ? known : toContext(requireMembership(spaceId));
    }

    /** As {@link #requireMember}, and her role must allow the action. */
    @Transactional(readOnly = true)
    public MemberContext require(SpaceId spaceId, FamilyPermission permission) {
        var member = requireMember(spaceId);
        if (!member.can(permission)) {
            throw new NotAllowedException(permission);
        }
        return member;
    }

    /**
     * Always from the database (callers may change what it returns). It reads all her memberships in one
     * statement, as few as a person has: the drawer's list of her spaces on the same page comes from this read,
     * and the rest of the request may reuse it.
     */
    Membership requireMembership(SpaceId space) {
        var spaceId = space.value();
        var accountId = currentUser.requireAccountId();
        var read = memberships.findMineAndCircleOf(accountId, spaceId);
        var mine = remember(accountId, read.stream().filter(m -> m.getAccountId().equals(accountId)).toList());
        var membership = mine.stream().filter(m -> m.getSpace().getId().equals(spaceId)).findFirst()
                .orElseThrow(NotAMemberException::new);
        memo.note(new CircleReadInThisRequest(accountId, spaceId), read.stream()
                .filter(m -> m.getSpace().getId().equals(spaceId))
                .sorted(Comparator.comparing(Membership::getJoinedAt)).toList());
        return membership;
    }

    /**
     * As {@link #requireMembership(SpaceId, FamilyPermission)}, reading her membership alone: for deleting the space,
     * where the other members' rows must not be in the persistence context (the database removes them with it).
     */
    Membership requireOnlyHerMembership(SpaceId spaceId, FamilyPermission permission) {
        var membership = memberships.findBySpaceIdAndAccountId(spaceId.value(), currentUser.requireAccountId())
                .orElseThrow(NotAMemberException::new);
        if (!permission.allows(membership.getRole(), membership.getSpace().isOrganizersMayInvite())) {
            throw new NotAllowedException(permission);
        }
        return membership;
    }

    /** Everyone in a space she belongs to (checked by the caller), oldest member first. */
    List<Membership> circle(UUID spaceId) {
        List<Membership> known = memo.recall(new CircleReadInThisRequest(currentUser.requireAccountId(), spaceId));
        return known != null ? known : memberships.findBySpaceId(spaceId);
    }

    /** My spaces, the one I used last first; read once a request. */
    List<SpaceSummary> mySpaces() {
        var accountId = currentUser.requireAccountId();
        List<SpaceSummary> known = memo.recall(new SpacesReadInThisRequest(accountId));
        return known != null ? known : summaries(read(accountId));
    }

    private List<Membership> read(UUID accountId) {
        return remember(accountId, memberships.findByAccountIdMostRecentFirst(accountId));
    }

    private List<Membership> remember(UUID accountId, List<Membership> all) {
        memo.note(new SpacesReadInThisRequest(accountId), summaries(all));
        all.forEach(membership -> memo.note(new ReadInThisRequest(accountId, membership.getSpace().getId()),
                toContext(membership)));
        return all;
    }

    private static List<SpaceSummary> summaries(List<Membership> all) {
        return all.stream()
                .map(m -> new SpaceSummary(SpaceId.of(m.getSpace().getId()), m.getSpace().getName(), m.getRole()))
                .toList();
    }

    /** Her membership of a space, as this request read it. */
    private record ReadInThisRequest(UUID accountId, UUID spaceId) {
    }

    /** The members of a space she belongs to, as this request read them. */
    private record CircleReadInThisRequest(UUID accountId, UUID spaceId) {
    }

    /** Her spaces, as this request read them. */
    private record SpacesReadInThisRequest(UUID accountId) {
    }

    Membership requireMembership(SpaceId spaceId, FamilyPermission permission) {
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
