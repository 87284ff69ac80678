package app.village.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed reset-link look-ups per client address, as invitation links are guarded: nobody tries tokens at speed.
 * Only failures count. In memory: a restart forgets it, which costs a guesser nothing against 256-bit tokens.
 */
@Component
class ResetLinkAttemptLimiter {

    static final int FAILURES_PER_WINDOW = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    ResetLinkAttemptLimiter(Clock clock) {
        this.clock = clock;
    }

    /** False when the client has used up its failed attempts for now; then not even a good link is looked up. */
    boolean mayTry(String client) {
        var recent = failures.get(client);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            dropExpired(recent, windowStart());
            return recent.size() < FAILURES_PER_WINDOW;
        }
    }

    /** Counts a look-up that found no usable link (unknown, used, superseded or expired). */
    void recordFailure(String client) {
        var windowStart = windowStart();
        if (failures.size() > MAX_CLIENTS) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(windowStart);
                }
            });
        }
        var recent = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            dropExpired(recent, windowStart);
            recent.addLast(clock.instant());
        }
    }

    private Instant windowStart() {
        return clock.instant().minus(WINDOW);
    }

    private static void dropExpired(Deque<Instant> recent, Instant windowStart) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(windowStart)) {
            recent.pollFirst();
        }
    }
}
