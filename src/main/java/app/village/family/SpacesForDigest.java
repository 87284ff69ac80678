package app.village.family;

import app.village.account.AccountsForSystemJobs;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family spaces and their members as the daily digest needs them. System-side: it runs with nobody signed in,
 * makes no {@link SpaceAccess} check and is used only by scheduled jobs, which write to each member only about her
 * own spaces. Members' names and addresses come with them, so a job reads a space's circle in two statements.
 */
@Component
public class SpacesForDigest {

    private final FamilySpaceRepository spaces;
    private final MembershipRepository memberships;
    private final AccountsForSystemJobs accounts;

    SpacesForDigest(FamilySpaceRepository spaces, MembershipRepository memberships, AccountsForSystemJobs accounts) {
        this.spaces = spaces;
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** A space: its name for the subject, its zone for the family's morning. */
    public record Space(UUID spaceId, String name, ZoneId zone) {
    }

    /** A member of a space as the others see her on the family pages, with the address her mail goes to. */
    public record Member(UUID accountId, String displayName, String email, FamilyRole role,
            @Nullable String relationship, Instant joinedAt) {

        /** Owners and organizers get the digest unless they turn it off. */
        public boolean ownerOrOrganizer() {
            return role == FamilyRole.OWNER || role == FamilyRole.ORGANIZER;
        }
    }

    /** The spaces whose zone {@code wanted} accepts (such as "it is morning there"), in one statement. */
    @Transactional(readOnly = true)
    public List<Space> spacesWhere(Predicate<ZoneId> wanted) {
        return spaces.findAll().stream()
                .filter(space -> wanted.test(space.getZone()))
                .map(space -> new Space(space.getId(), space.getName(), space.getZone()))
                .toList();
    }

    /**
     * The members of each space, oldest first, in two statements whatever the number of spaces; a member whose
     * account is being deleted is left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Member>> membersOf(Collection<UUID> spaceIds) {
        if (spaceIds.isEmpty()) {
            return Map.of();
        }
        var found = memberships.findBySpaceIdIn(spaceIds);
        var names = accounts.namesOf(found.stream().map(Membership::getAccountId).distinct().toList());
        var members = new HashMap<UUID, List<Member>>();
        for (var membership : found) {
            var name = names.get(membership.getAccountId());
            if (name != null) {
                members.computeIfAbsent(membership.getSpace().getId(), id -> new java.util.ArrayList<>())
                        .add(new Member(membership.getAccountId(), name.displayName(), name.email(),
                                membership.getRole(), membership.getRelationship(), membership.getJoinedAt()));
            }
        }
        return members;
    }
}
