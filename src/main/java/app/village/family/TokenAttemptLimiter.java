package app.village.family;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits failed invitation-link look-ups per client (its network address), so nobody can try tokens at speed.
 * Only failures count: a household behind one address (home Wi-Fi, a mobile network) opens as many working
 * links as it was sent. Kept in memory: a restart forgets it, which costs a guesser nothing against 256-bit
 * tokens anyway.
 * <p>Decision: docs/decisions/invitation-look-up-limit.md.
 */
@Component
class TokenAttemptLimiter {

    private static final int MAX_CLIENTS = 10_000;

    private final InvitationSettings settings;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    TokenAttemptLimiter(InvitationSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** False when the client has used up its failed attempts for now; then no look-up is made at all. */
    boolean mayTry(String clientKey) {
        var recent = attempts.get(clientKey);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            dropExpired(recent, windowStart());
            return recent.size() < settings.attemptsPerWindow();
        }
    }

    /** Counts one look-up that found no usable link (unknown, revoked, used or expired). */
    void recordFailure(String clientKey) {
        var windowStart = windowStart();
        if (attempts.size() > MAX_CLIENTS) {
            attempts.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(windowStart);
                }
            });
        }
        var recent = attempts.computeIfAbsent(clientKey, key -> new ArrayDeque<>());
        synchronized (recent) {
            dropExpired(recent, windowStart);
            recent.addLast(clock.instant());
        }
    }

    private Instant windowStart() {
        return clock.instant().minus(settings.attemptWindow());
    }

    private static void dropExpired(Deque<Instant> recent, Instant windowStart) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(windowStart)) {
            recent.pollFirst();
        }
    }
}
