package app.village.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * At most one "someone tried to create an account with your address" mail per address per hour, so a stranger
 * can't flood her mailbox by signing up with her address again and again. Addresses are remembered only as keyed
 * hashes (the key lives in this process only), never in plain text. Each app instance counts on its own.
 */
@Component
class SignUpNotices {

    static final Duration ONE_PER = Duration.ofHours(1);
    /** Past this many, the address noticed longest ago is forgotten; its owner may then get one more notice. */
    static final int MAX_REMEMBERED = 10_000;

    private final Clock clock;
    private final SecretKeySpec key;
    /** In insertion order, so the oldest notice is forgotten first. */
    private final LinkedHashMap<String, Instant> lastNotice = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    SignUpNotices(Clock clock) {
        this.clock = clock;
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** True, and remembered, when this address has had no notice in the last hour. */
    synchronized boolean mayNotify(String normalizedEmail) {
        var now = clock.instant();
        lastNotice.values().removeIf(at -> !now.isBefore(at.plus(ONE_PER)));
        var address = keyedHash(normalizedEmail);
        if (lastNotice.containsKey(address)) {
            return false;
        }
        lastNotice.put(address, now);
        return true;
    }

    private String keyedHash(String normalizedEmail) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalizedEmail.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }
}
