package app.village.family;

import app.village.account.AccountService;
import app.village.base.RequestMemo;
import app.village.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Family spaces and their members. Every method that takes a space id checks, through {@link SpaceAccess},
 * that the signed-in person belongs to it and that her role allows the action.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class FamilyService {

    private static final Logger log = LoggerFactory.getLogger(FamilyService.class);

    private final FamilySpaceRepository spaces;
    private final MembershipRepository memberships;
    private final MembershipEventRepository events;
    private final SpaceAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final RequestMemo memo;

    FamilyService(FamilySpaceRepository spaces, MembershipRepository memberships, MembershipEventRepository events,
            SpaceAccess access, AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher publisher,
            Clock clock, RequestMemo memo) {
        this.spaces = spaces;
        this.memberships = memberships;
        this.events = events;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
        this.memo = memo;
    }

    /** The circle, which a space's home shows twice (the circle and the fair share): read once a request. */
    private record ReadInThisRequest(String what, UUID accountId, UUID spaceId) {
    }

    /** Opens a new space with the signed-in person as its owner. */
    @Transactional
    public SpaceId createSpace(@Valid SpaceForm form) {
        memo.forget();
        var me = currentUser.require();
        var now = clock.instant();
        var space = spaces.save(new FamilySpace(form, now));
        memberships.save(new Membership(space, me.accountId(), FamilyRole.OWNER, null, now));
        record(SpaceId.of(space.getId()), me.displayName(), me.displayName(), MembershipEvent.Action.CREATED_SPACE, space.getName());
        publisher.publishEvent(new MemberJoined(space.getId(), me.accountId(), FamilyRole.OWNER));
        log.info("Account {} created space {}", me.accountId(), space.getId());
        return SpaceId.of(space.getId());
    }

    /** My spaces, the one I used last first. */
    @Transactional(readOnly = true)
    public List<SpaceSummary> mySpaces() {
        return access.mySpaces();
    }

    /** The space to open by default: the one I used last, if any. */
    @Transactional(readOnly = true)
    public Optional<SpaceId> lastUsedSpace() {
        return mySpaces().stream().findFirst().map(SpaceSummary::id);
    }

    /** Opens a space: its details for me, and it becomes my last used one. */
    @Transactional
    public SpaceDetails openSpace(SpaceId spaceId) {
        var membership = access.requireMembership(spaceId);
        memberships.recordVisit(membership.getId(), clock.instant());
        return details(membership);
    }

    @Transactional(readOnly = true)
    public SpaceDetails space(SpaceId spaceId) {
        return details(access.requireMembership(spaceId));
    }

    private static SpaceDetails details(Membership membership) {
        var space = membership.getSpace();
        return new SpaceDetails(SpaceId.of(space.getId()), space.getName(), space.getZone(), membership.getRole(), space.toForm());
    }

    @Transactional
    public void updateSpace(SpaceId spaceId, @Valid SpaceForm form) {
        memo.forget();
        var membership = access.requireMembership(spaceId, FamilyPermission.EDIT_SPACE);
        membership.getSpace().apply(form);
        publisher.publishEvent(new SpaceChanged(spaceId.value(), membership.getAccountId()));
    }

    /** Deletes the space and everything in it. The owner types the space's name to confirm. */
    @Transactional
    public void deleteSpace(SpaceId spaceId, @org.jspecify.annotations.Nullable String typedName) {
        memo.forget();
        var membership = access.requireOnlyHerMembership(spaceId, FamilyPermission.DELETE_SPACE);
        var space = membership.getSpace();
        if (typedName == null || !space.getName().strip().equalsIgnoreCase(typedName.strip())) {
            throw new FamilyProblem(FamilyProblem.Field.CONFIRMATION,
                    "Type the space's name exactly as it is shown to confirm.");
        }
        // Her own membership is loaded with the space; it goes first, the others with the space (on delete cascade).
        memberships.delete(membership);
        spaces.delete(space);
        publisher.publishEvent(new SpaceDeleted(spaceId.value(), membership.getAccountId()));
        log.info("Account {} deleted space {}", membership.getAccountId(), spaceId);
    }

    /** Everyone in the circle. Emails only for owners. */
    @Transactional(readOnly = true)
    public List<MemberSummary> members(SpaceId spaceId) {
        var me = access.requireMember(spaceId);
        return memo.remember(new ReadInThisRequest("members", me.accountId(), me.spaceId()), () -> readMembers(me));
    }

    private List<MemberSummary> readMembers(MemberContext me) {
        var spaceId = me.spaceId();
        boolean showEmails = FamilyPermission.SEE_MEMBER_EMAILS.allows(me.role(), false);
        var all = access.circle(spaceId);
        var names = accounts.namesOf(all.stream().map(Membership::getAccountId).toList());
        return all.stream()
                .map(m -> {
                    var name = names.get(m.getAccountId());
                    return new MemberSummary(m.getId(), m.getAccountId(),
                            name == null ? "Former member" : name.displayName(), m.getRelationship(), m.getRole(),
                            m.getJoinedAt(), showEmails && name != null ? name.email() : null,
                            m.getAccountId().equals(me.accountId()));
                })
                .sorted(Comparator.comparing((MemberSummary m) -> m.role().ordinal()).thenComparing(MemberSummary::joinedAt))
                .toList();
    }

    /** Changes a member's role. Making someone an owner is how ownership is handed over. */
    @Transactional
    public void changeRole(SpaceId spaceId, UUID membershipId, FamilyRole newRole) {
        memo.forget();
        var me = access.requireMembership(spaceId, FamilyPermission.MANAGE_MEMBERS);
        var target = memberOf(spaceId, membershipId);
        if (target.getRole() == newRole) {
            return;
        }
        if (target.getRole() == FamilyRole.OWNER) {
            requireAnotherOwner(spaceId, "Make someone else an owner first: a space always keeps at least one.");
        }
        var from = target.getRole();
        target.changeRole(newRole);
        record(spaceId, nameOf(me.getAccountId()), nameOf(target.getAccountId()), MembershipEvent.Action.ROLE_CHANGED,
                from.label() + " to " + newRole.label());
        publisher.publishEvent(new RoleChanged(spaceId.value(), target.getAccountId(), from, newRole, me.getAccountId()));
    }

    /** Takes someone out of the circle, effective on her next click. */
    @Transactional
    public void removeMember(SpaceId spaceId, UUID membershipId) {
        memo.forget();
        var me = access.requireMembership(spaceId, FamilyPermission.MANAGE_MEMBERS);
        var target = memberOf(spaceId, membershipId);
        if (target.equals(me)) {
            throw new FamilyProblem(FamilyProblem.Field.GENERAL, "To leave the space yourself, use \"Leave this space\".");
        }
        if (target.getRole() == FamilyRole.OWNER) {
            requireAnotherOwner(spaceId, "A space always keeps at least one owner.");
        }
        endNow(target);
        record(spaceId, nameOf(me.getAccountId()), nameOf(target.getAccountId()), MembershipEvent.Action.REMOVED, null);
        publisher.publishEvent(new MemberLeft(spaceId.value(), target.getAccountId(), MemberLeft.Why.REMOVED));
    }

    /** Leaves a space. The last owner must hand ownership over first. */
    @Transactional
    public void leave(SpaceId spaceId) {
        memo.forget();
        var me = access.requireMembership(spaceId);
        if (me.getRole() == FamilyRole.OWNER) {
            requireAnotherOwner(spaceId, "You are the only owner. Make someone else an owner before you leave.");
        }
        endNow(me);
        record(spaceId, null, nameOf(me.getAccountId()), MembershipEvent.Action.LEFT, null);
        publisher.publishEvent(new MemberLeft(spaceId.value(), me.getAccountId(), MemberLeft.Why.LEFT));
    }

    /** The audit log of membership changes, newest first; owners only. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> activity(SpaceId spaceId) {
        access.requireMembership(spaceId, FamilyPermission.READ_AUDIT_LOG);
        return events.findBySpaceIdNewestFirst(spaceId.value()).stream().map(MembershipEvent::toEntry).toList();
    }

    /**
     * Deletes the membership at once rather than at commit, so its row is locked from here: a claim or sign-up of
     * hers that checks her membership (SpaceMemberships) waits for this to commit, then finds her gone.
     */
    void endNow(Membership membership) {
        memberships.delete(membership);
        memberships.flush();
    }

    private Membership memberOf(SpaceId spaceId, UUID membershipId) {
        return memberships.findById(membershipId)
                .filter(m -> m.getSpace().getId().equals(spaceId.value()))
                .orElseThrow(() -> new FamilyProblem(FamilyProblem.Field.GENERAL, "That person is no longer in this space."));
    }

    private void requireAnotherOwner(SpaceId spaceId, String message) {
        // Two owners stepping down at the same moment must not both succeed: count under the space's lock.
        spaces.findByIdForUpdate(spaceId.value());
        if (memberships.countBySpaceIdAndRole(spaceId.value(), FamilyRole.OWNER) < 2) {
            throw new FamilyProblem(FamilyProblem.Field.ROLE, message);
        }
    }

    String nameOf(UUID accountId) {
        var name = accounts.namesOf(List.of(accountId)).get(accountId);
        return name == null ? "Former member" : name.displayName();
    }

    /** A membership was added or changed elsewhere in the module: the rest of this request reads afresh. */
    void membershipsChanged() {
        memo.forget();
    }

    void record(SpaceId spaceId, @org.jspecify.annotations.Nullable String actor, String subject,
            MembershipEvent.Action action, @org.jspecify.annotations.Nullable String detail) {
        events.save(new MembershipEvent(spaceId.value(), clock.instant(), actor, subject, action, detail));
    }
}
