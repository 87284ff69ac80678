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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The device cookie of OWASP's advice against lock-outs: a browser that signed in to an account gets a cookie
 * naming that account, signed with a key only the server knows. A later login from that browser is not held
 * by the back-off that strangers' guesses caused (it has its own, see {@link DeviceLockouts}). The key lives in
 * the database, so a restart does not turn her phone into a stranger.
 * <p>Decision: docs/decisions/device-cookies-against-lock-out.md.
 */
@Component
class DeviceCookies {

    static final String COOKIE_NAME = "village_device";
    private static final String KEY_NAME = "device-cookie";
    private static final String MAC_ALGORITHM = "HmacSHA256";
    private static final String SELECT_KEY = "select key_value from server_key where name = ?";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final LoginSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final boolean alwaysSecure;

    /**
     * @param alwaysSecure the session cookie's own setting: behind a proxy that ends HTTPS the request arrives as
     *     plain HTTP (forwarded headers are not trusted by default), yet the browser is on HTTPS
     */
    DeviceCookies(JdbcTemplate jdbc, LoginSettings settings, Clock clock, PlatformTransactionManager transactions,
            @Value("${server.servlet.session.cookie.secure:false}") boolean alwaysSecure) {
        this.settings = settings;
        this.alwaysSecure = alwaysSecure;
        this.clock = clock;
        this.key = new SecretKeySpec(Base64.getDecoder().decode(loadOrCreateKey(jdbc, transactions)), MAC_ALGORITHM);
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
                        .secure(alwaysSecure || request.map(r -> r.isSecure()).orElse(false))
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
            mac.init(key);
            return BASE64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /**
     * Once, at start-up, in transactions of its own: a key made inside a login's transaction would be lost if
     * that rolled back, yet stay cached and sign cookies no later start could check; and on PostgreSQL a failed
     * insert would abort the caller's transaction. When two instances start at once, the second insert fails
     * on the key's primary key and both read the first one's key.
     */
    private String loadOrCreateKey(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        var ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var created = Base64.getEncoder().encodeToString(bytes);
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (jdbc.queryForList(SELECT_KEY, String.class, KEY_NAME).isEmpty()) {
                    jdbc.update("insert into server_key (name, key_value) values (?, ?)", KEY_NAME, created);
                }
            });
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // Its key is read below.
        }
        return ownTransaction.execute(status -> jdbc.queryForObject(SELECT_KEY, String.class, KEY_NAME));
    }
}
