package app.village.family;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits invitation-link look-ups per client (its network address), so nobody can try tokens at speed.
 * Kept in memory: a restart forgets it, which costs a guesser nothing against 256-bit tokens anyway.
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

    /** Counts one attempt; false when the client has used up its attempts for now. */
    boolean tryAttempt(String clientKey) {
        var now = clock.instant();
        var windowStart = now.minus(settings.attemptWindow());
        if (attempts.size() > MAX_CLIENTS) {
            attempts.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(windowStart);
                }
            });
        }
        var recent = attempts.computeIfAbsent(clientKey, key -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(windowStart)) {
                recent.pollFirst();
            }
            if (recent.size() >= settings.attemptsPerWindow()) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }
}
