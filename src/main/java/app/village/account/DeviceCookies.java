package app.village.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The device cookie of OWASP's advice against lock-outs: a browser that signed in to an account gets a cookie
 * naming that account, signed with a key only the server knows. A later login from that browser is not held
 * by the back-off that strangers' guesses caused (it has its own, see {@link DeviceLockouts}). The key lives in
 * the database, so a restart does not turn her phone into a stranger.
 */
@Component
class DeviceCookies {

    static final String COOKIE_NAME = "village_device";
    private static final String KEY_NAME = "device-cookie";
    private static final String MAC_ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final LoginSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile @Nullable SecretKeySpec key;

    DeviceCookies(JdbcTemplate jdbc, LoginSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The device id in this request's device cookie, when the cookie is genuine, names this account and is not
     * too old; empty for a browser that has not signed in to this account (or whose cookie was tampered with).
     */
    Optional<String> knownDevice(UUID accountId) {
        return ClientRequests.request()
                .map(request -> request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                        .filter(cookie -> COOKIE_NAME.equals(cookie.getName()))
                        .map(cookie -> deviceIn(cookie.getValue(), accountId))
                        .flatMap(Optional::stream)
                        .findFirst().orElse(null));
    }

    /** Whether this request carries a device cookie at all, genuine or not: without one there is nothing to look up. */
    boolean presented() {
        return ClientRequests.request()
                .map(request -> request.getCookies() != null && Arrays.stream(request.getCookies())
                        .anyMatch(cookie -> COOKIE_NAME.equals(cookie.getName())))
                .orElse(false);
    }

    /** Gives this browser a device cookie for the account she just proved is hers (when there is a response). */
    void issue(UUID accountId) {
        var request = ClientRequests.request();
        ClientRequests.response().ifPresent(response -> response.addHeader(HttpHeaders.SET_COOKIE,
                ResponseCookie.from(COOKIE_NAME, cookieValue(accountId, newDeviceId(), clock.instant()))
                        .path("/")
                        .httpOnly(true)
                        .secure(request.map(r -> r.isSecure()).orElse(false))
                        .sameSite("Lax")
                        .maxAge(settings.deviceCookieLifetime())
                        .build().toString()));
    }

    String cookieValue(UUID accountId, String deviceId, Instant issuedAt) {
        var signed = accountId + "." + deviceId + "." + issuedAt.getEpochSecond();
        return signed + "." + mac(signed);
    }

    Optional<String> deviceIn(String cookieValue, UUID accountId) {
        var parts = cookieValue.split("\\.");
        if (parts.length != 4 || !parts[0].equals(accountId.toString())) {
            return Optional.empty();
        }
        var signed = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(mac(signed).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        long issuedAt;
        try {
            issuedAt = Long.parseLong(parts[2]);
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
        var expires = Instant.ofEpochSecond(issuedAt).plus(settings.deviceCookieLifetime());
        return clock.instant().isBefore(expires) ? Optional.of(parts[1]) : Optional.empty();
    }

    private String newDeviceId() {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return BASE64.encodeToString(bytes);
    }

    private String mac(String signed) {
        try {
            var mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(key());
            return BASE64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Read from the database on first use; the first instance to need it makes it. */
    private SecretKeySpec key() {
        var known = key;
        if (known == null) {
            synchronized (this) {
                known = key;
                if (known == null) {
                    known = new SecretKeySpec(Base64.getDecoder().decode(loadOrCreateKey()), MAC_ALGORITHM);
                    key = known;
                }
            }
        }
        return known;
    }

    private String loadOrCreateKey() {
        var stored = jdbc.queryForList("select key_value from server_key where name = ?", String.class, KEY_NAME);
        if (!stored.isEmpty()) {
            return stored.getFirst();
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var created = Base64.getEncoder().encodeToString(bytes);
        try {
            jdbc.update("insert into server_key (name, key_value) values (?, ?)", KEY_NAME, created);
            return created;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return jdbc.queryForObject("select key_value from server_key where name = ?", String.class, KEY_NAME);
        }
    }
}
