package app.village.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Login and registration attempts per client address: a token bucket each, so one client can't try passwords
 * across many accounts at speed (the per-account back-off only sees one account at a time). Kept in memory: a
 * restart gives a guesser one more bucket, while the per-account back-off in the database still holds.
 * <p>Decisions: docs/decisions/login-limit-per-client-address.md, docs/decisions/address-limit-buckets.md.
 */
@Component
class ClientAttemptLimiter {

    /** About a megabyte of buckets; past it the client that tried least recently is forgotten. */
    static final int MAX_CLIENTS = 10_000;

    private final LoginSettings settings;
    private final TimeMeter time;
    /**
     * In access order, so forgetting the least recently seen client is O(1): no scan on a request, whatever the
     * number of clients. Forgetting one gives it a full bucket again, as a restart would; a guesser with more
     * than this many addresses gets fresh buckets from his own addresses anyway.
     */
    private final LinkedHashMap<String, Bucket> buckets;

    @Autowired
    ClientAttemptLimiter(LoginSettings settings, Clock clock) {
        this(settings, clock, MAX_CLIENTS);
    }

    ClientAttemptLimiter(LoginSettings settings, Clock clock, int maxClients) {
        this.settings = settings;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
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
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(clientKey(clientAddress), address -> newBucket());
        }
        return bucket.tryConsume(1);
    }

    int clientsRemembered() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    /**
     * The client an address stands for. An IPv6 address counts by its /64 prefix: one home or phone gets a
     * whole /64 and can pick any address in it, so counting single addresses would give it billions of buckets.
     */
    static String clientKey(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal address: parsed, never looked up.
            var parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address v6) {
                return HexFormat.of().formatHex(v6.getAddress(), 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
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
