package app.village.account;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The limit of a browser with a device cookie: wrong passwords from it are counted against that device, with
 * the same free attempts and doubling wait as an account, so a stolen cookie doesn't make guessing free. In
 * memory: a restart forgets it, and the cookie still needs her password.
 */
@Component
class DeviceLockouts {

    private static final int MAX_DEVICES = 10_000;

    private final LoginSettings settings;
    private final ConcurrentHashMap<Device, Failures> failures = new ConcurrentHashMap<>();

    DeviceLockouts(LoginSettings settings) {
        this.settings = settings;
    }

    boolean isBlockedAt(UUID accountId, String deviceId, Instant now) {
        var known = failures.get(new Device(accountId, deviceId));
        return known != null && now.isBefore(known.blockedUntil());
    }

    void recordFailure(UUID accountId, String deviceId, Instant now) {
        if (failures.size() > MAX_DEVICES) {
            failures.values().removeIf(entry -> !now.isBefore(entry.blockedUntil()));
        }
        failures.compute(new Device(accountId, deviceId), (device, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            int overFree = count - settings.freeAttempts();
            var blockedUntil = now;
            if (overFree >= 0) {
                var wait = settings.firstBackoff().multipliedBy(1L << Math.min(overFree, 20));
                blockedUntil = now.plus(wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait);
            }
            return new Failures(count, blockedUntil);
        });
    }

    void recordSuccess(UUID accountId, String deviceId) {
        failures.remove(new Device(accountId, deviceId));
    }

    /** Forgets the failures of every browser of this account: she proved she is herself another way (a reset link). */
    void forgetAccount(UUID accountId) {
        failures.keySet().removeIf(device -> device.accountId().equals(accountId));
    }

    /** A device cookie names one account, so a browser's failures are counted for that account. */
    private record Device(UUID accountId, String deviceId) {
    }

    private record Failures(int count, Instant blockedUntil) {
    }
}
