package app.village.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * At most so many times per window for one email address, with or without an account behind it, so nobody can fill
 * a stranger's inbox, and no address is limited differently for having an account. Addresses are remembered only
 * as keyed hashes (the key lives in this process only, so a list of likely addresses can't be hashed to find
 * them), never in plain text. Kept in memory: a restart forgets it, and each app instance counts on its own.
 */
final class PerAddressLimit {

    /** Past this many, the address asked about least recently is forgotten and may then go once more. */
    static final int MAX_REMEMBERED = 10_000;

    private final int allowed;
    private final Duration window;
    private final Clock clock;
    private final SecretKeySpec key;
    /** In access order, so the address asked about least recently is forgotten first when the map is full. */
    private final LinkedHashMap<String, Deque<Instant>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    PerAddressLimit(int allowed, Duration window, Clock clock) {
        this.allowed = allowed;
        this.window = window;
        this.clock = clock;
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Counts one for this (normalized) address; false, and not counted, when it had its share of this window. */
    synchronized boolean tryOne(String normalizedEmail) {
        var now = clock.instant();
        var times = recent.computeIfAbsent(keyedHash(normalizedEmail), address -> new ArrayDeque<>());
        var windowStart = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
            times.pollFirst();
        }
        if (times.size() >= allowed) {
            return false;
        }
        times.addLast(now);
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
