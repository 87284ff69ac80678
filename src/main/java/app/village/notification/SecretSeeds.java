package app.village.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Derives each outbox row's {@link SecretSeed}. The key is made when the application starts, kept in memory only,
 * never logged or stored: the database alone can't recompute a secret, and a restart makes new ones.
 */
@Component
class SecretSeeds {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    SecretSeeds() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, HMAC);
    }

    /** The seed of this row's secret for this purpose and subject. */
    SecretSeed of(UUID outboxId, Letter.SecretRef secret) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(key);
            var message = outboxId + "/" + secret.purpose() + "/" + secret.subjectId();
            return new SecretSeed(outboxId, mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HMAC-SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretSeeds";
    }
}
