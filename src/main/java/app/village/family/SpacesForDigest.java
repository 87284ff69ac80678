package app.village.family;

import app.village.account.MailRecipients;
import app.village.base.SystemSide;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of family spaces as the daily digest tells them. System side ({@link SystemSide}): it runs with
 * nobody signed in, makes no {@link SpaceAccess} check and is used only by scheduled jobs, which write to each
 * member only about her own spaces. It gives what every member sees on the family pages (names, roles, when
 * someone joined), never an address: the digest reads addresses only for the members it writes to. The spaces
 * themselves come from {@link SpaceNamesAndZones}.
 */
@SystemSide
@Component
public class SpacesForDigest {

    private final MembershipRepository memberships;
    private final MailRecipients accounts;

    SpacesForDigest(MembershipRepository memberships, MailRecipients accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** A member of a space as the others see her on the family pages. */
    public record Member(UUID accountId, String displayName, FamilyRole role, @Nullable String relationship,
            Instant joinedAt) {

        /** Owners and organizers get the digest unless they turn it off. */
        public boolean ownerOrOrganizer() {
            return role == FamilyRole.OWNER || role == FamilyRole.ORGANIZER;
        }
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
        var names = accounts.of(found.stream().map(Membership::getAccountId).distinct().toList());
        var members = new HashMap<UUID, List<Member>>();
        for (var membership : found) {
            var name = names.get(membership.getAccountId());
            if (name != null) {
                members.computeIfAbsent(membership.getSpace().getId(), id -> new ArrayList<>())
                        .add(new Member(membership.getAccountId(), name.displayName(), membership.getRole(),
                                membership.getRelationship(), membership.getJoinedAt()));
            }
        }
        return members;
    }
}
