package app.village.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Login and registration attempts per client address: a token bucket each, so one client can't try passwords
 * across many accounts at speed (the per-account back-off only sees one account at a time). Kept in memory: a
 * restart gives a guesser one more bucket, while the per-account back-off in the database still holds.
 */
@Component
class ClientAttemptLimiter {

    /** Past this many addresses, full buckets (clients that have not tried lately) are forgotten. */
    private static final int MAX_CLIENTS = 10_000;

    private final LoginSettings settings;
    private final TimeMeter time;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientAttemptLimiter(LoginSettings settings, Clock clock) {
        this.settings = settings;
        // The app's clock, so tests can move time instead of waiting.
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Counts one attempt from this address; false when it has used up its attempts for now. */
    boolean tryAttempt(String clientAddress) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= settings.attemptsPerAddress());
        }
        return buckets.computeIfAbsent(clientAddress, address -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(settings.attemptsPerAddress())
                        .refillGreedy(settings.attemptsPerAddress(), settings.addressWindow())
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }
}
