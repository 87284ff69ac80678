package app.village.account;

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
 * Makes the token of a reset mail when it is sent, so no reset token is ever stored: only its hash. Nothing is
 * made for a reset that was used, superseded or has expired, and that mail is withdrawn instead of sent.
 */
@Component
class PasswordResetLinks implements SecretMinter {

    static final String PURPOSE = "password-reset";

    private final PasswordResetRepository resets;
    private final Clock clock;

    PasswordResetLinks(PasswordResetRepository resets, Clock clock) {
        this.resets = resets;
        this.clock = clock;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    // Its own transaction: the hash is committed before the mail leaves, whatever the delivery job does next.
    // The token comes from the outbox row: a retry of the same mail stores the same hash, the first link still works.
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> mint(UUID resetId, SecretSeed seed) {
        var now = clock.instant();
        return resets.findByIdForUpdate(resetId)
                .filter(reset -> reset.isUsableAt(now))
                .map(reset -> {
                    var token = seed.token();
                    reset.giveToken(SecretTokens.hash(token));
                    return token;
                });
    }
}
