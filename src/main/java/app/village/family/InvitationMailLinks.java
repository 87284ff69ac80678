package app.village.family;

import app.village.base.SecretTokens;
import app.village.notification.SecretMinter;
import app.village.notification.SecretSeed;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the link of an invitation mail when the mail is sent, so its token is never stored, not even in the
 * outbox: only its hash, beside the copy link's. A mail for an invitation that can no longer be used (revoked,
 * expired, answered) gets no link and is withdrawn. Decision: docs/decisions/mail-rendered-at-sending.md.
 */
@Component
class InvitationMailLinks implements SecretMinter {

    static final String PURPOSE = "invitation";

    private final InvitationRepository invitations;
    private final Clock clock;

    InvitationMailLinks(InvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    /**
     * Its own transaction: the hash is committed before the mail leaves, so the link works when it arrives. The token
     * comes from the outbox row: a retry of the same mail carries the same link, a Resend a new one.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> mint(UUID invitationId, SecretSeed seed) {
        return invitations.findByIdForUpdate(invitationId)
                .filter(invitation -> invitation.statusAt(clock.instant()) == InvitationStatus.PENDING)
                .map(invitation -> {
                    var token = seed.token();
                    invitation.mailedWith(SecretTokens.hash(token));
                    return token;
                });
    }
}
