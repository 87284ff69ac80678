package app.village.family;

import app.village.guide.HelpCountry;
import app.village.security.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells Get help now the country of the space the signed-in person used last (the one
 * {@link FamilyService#lastUsedSpace()} opens). Signed out, or in no space, it knows nothing. Only the
 * country leaves here, so no membership check beyond her own memberships is needed.
 */
@Component
class LastUsedSpaceCountry implements HelpCountry {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    LastUsedSpaceCountry(MembershipRepository memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> forCurrentVisitor() {
        return currentUser.get()
                .flatMap(me -> memberships.findByAccountIdMostRecentFirst(me.accountId()).stream().findFirst())
                .flatMap(membership -> membership.getSpace().getCountry());
    }
}
