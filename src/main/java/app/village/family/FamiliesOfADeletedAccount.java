package app.village.family;

import app.village.account.AccountDeletionCheck;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Her spaces when she deletes her account: the last owner of a space that has other members must hand it over
 * first; a space where she is the only member goes with her; in every other space her membership ends inside the
 * deletion's transaction, with {@link MemberLeft.Why#ACCOUNT_DELETED} (docs/decisions/account-deletion-check.md).
 */
@Component
class FamiliesOfADeletedAccount implements AccountDeletionCheck {

    private final MembershipRepository memberships;
    private final FamilySpaceRepository spaces;
    private final FamilyService families;
    private final ApplicationEventPublisher publisher;

    FamiliesOfADeletedAccount(MembershipRepository memberships, FamilySpaceRepository spaces, FamilyService families,
            ApplicationEventPublisher publisher) {
        this.memberships = memberships;
        this.spaces = spaces;
        this.families = families;
        this.publisher = publisher;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> refusal(UUID accountId) {
        for (var membership : memberships.findByAccountIdMostRecentFirst(accountId)) {
            var spaceId = membership.getSpace().getId();
            if (membership.getRole() == FamilyRole.OWNER && memberships.countBySpaceId(spaceId) > 1
                    && memberships.countBySpaceIdAndRole(spaceId, FamilyRole.OWNER) == 1) {
                return Optional.of("You are the only owner of \"" + membership.getSpace().getName()
                        + "\". Make someone else an owner there first.");
            }
        }
        return Optional.empty();
    }

    /**
     * Ends her memberships now rather than by the account row's cascade: the features release what she held in
     * this transaction, while her sign-ups and tasks still point to her, and nobody sees her in a circle she left.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void beforeDeletion(UUID accountId) {
        families.membershipsChanged();
        var name = families.nameOf(accountId);
        for (var membership : memberships.findByAccountIdMostRecentFirst(accountId)) {
            var space = membership.getSpace();
            if (memberships.countBySpaceId(space.getId()) == 1) {
                spaces.delete(space);
            } else {
                families.record(space.getId(), null, name, MembershipEvent.Action.LEFT, "account deleted");
                families.endNow(membership);
                publisher.publishEvent(new MemberLeft(space.getId(), accountId, MemberLeft.Why.ACCOUNT_DELETED));
            }
        }
    }
}
