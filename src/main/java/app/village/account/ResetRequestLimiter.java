package app.village.account;

import app.village.base.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reset requests per typed address, with or without an account behind it, so nobody can fill a stranger's inbox
 * or tell accounts apart by which addresses get limited. Keyed by a hash of the address, never the address
 * itself. Kept in memory: a restart forgets it, while the per-account limit counts rows in the database.
 */
@Component
class ResetRequestLimiter {

    static final int REQUESTS_PER_WINDOW = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    /** In access order, so the address asked about least recently is forgotten first when the map is full. */
    private final LinkedHashMap<String, Deque<Instant>> requests = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    ResetRequestLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one request for this (normalized) address; false when it had its requests for this hour. */
    synchronized boolean tryRequest(String normalizedEmail) {
        var now = clock.instant();
        var recent = requests.computeIfAbsent(SecretTokens.hash(normalizedEmail), key -> new ArrayDeque<>());
        var windowStart = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
            recent.pollFirst();
        }
        if (recent.size() >= REQUESTS_PER_WINDOW) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}
