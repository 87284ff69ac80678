package app.village.account;

import app.village.security.VillageUser;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an email and password against the stored Argon2id hash, with back-off per account.
 * Every refusal looks the same to the browser; the log tells them apart by account id only.
 * <p>Decisions: docs/decisions/login-back-off-per-account.md, docs/decisions/known-browser-before-address-limit.md.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger("app.village.security.audit");
    static final String USER_ROLE = "ROLE_USER";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginSettings settings;
    private final Clock clock;
    /** Hashed once, so an unknown email costs as much time as a wrong password. */
    private final String hashForUnknownEmails;

    private final ClientAttemptLimiter clientLimiter;
    private final DeviceCookies deviceCookies;
    private final DeviceLockouts deviceLockouts;

    AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
            LoginSettings settings, Clock clock, ClientAttemptLimiter clientLimiter, DeviceCookies deviceCookies,
            DeviceLockouts deviceLockouts) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.clock = clock;
        this.clientLimiter = clientLimiter;
        this.deviceCookies = deviceCookies;
        this.deviceLockouts = deviceLockouts;
        this.hashForUnknownEmails = passwordEncoder.encode("no account has this password, it only burns time");
    }

    // Its own transaction, so a failure count is committed even though authentication then fails.
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AuthenticationException.class)
    public Authentication authenticate(Authentication authentication) {
        if (!withinAddressLimit(authentication.getName())) {
            // Refused before any hashing: a client at this pace is not a person, and the hashes would cost us.
            log.warn("Login refused: too many attempts from one client address");
            throw new LockedException("Too many attempts from this address");
        }
        return checkPassword(authentication.getName(), String.valueOf(authentication.getCredentials()));
    }

    /**
     * Counts this attempt against the client's address; false when the address has used up its attempts.
     * A browser with her device cookie for the account being tried is not counted: strangers sharing her
     * address (household Wi-Fi, a mobile network) must not lock her out of her own phone, and that browser
     * keeps its own limit ({@link DeviceLockouts}). The cookie must name this account, so a guesser's cookie
     * for his own account buys him nothing against others.
     */
    boolean withinAddressLimit(String typedEmail) {
        var client = ClientRequests.clientAddress();
        if (client.isEmpty() || fromAKnownDeviceOf(typedEmail)) {
            return true;
        }
        return clientLimiter.tryAttempt(client.get());
    }

    private boolean fromAKnownDeviceOf(String typedEmail) {
        if (!deviceCookies.presented()) {
            return false;
        }
        String email = Account.normalizeEmail(typedEmail);
        return email.length() <= Account.EMAIL_MAX && accounts.findByEmail(email)
                .flatMap(account -> deviceCookies.knownDevice(account.getId())).isPresent();
    }

    /**
     * The password check with the back-off, for the login form and for registering with an address that has an
     * account. Runs in the caller's transaction; {@link #authenticate} gives it its own.
     */
    Authentication checkPassword(String typedEmail, String password) {
        String email = Account.normalizeEmail(typedEmail);
        var now = clock.instant();

        var found = email.length() > Account.EMAIL_MAX ? null : accounts.findForLogin(email).orElse(null);
        if (found == null || password.length() > PasswordRules.MAX_LENGTH) {
            passwordEncoder.matches(password, hashForUnknownEmails);
            log.warn("Login refused: unknown email or over-long password");
            throw new BadCredentialsException("Bad credentials");
        }
        // A browser she signed in with before answers to its own limit, not to the one strangers ran up.
        var knownDevice = deviceCookies.knownDevice(found.getId());
        boolean heldBack = knownDevice.isPresent()
                ? deviceLockouts.isBlockedAt(found.getId(), knownDevice.get(), now)
                : found.isLoginBlockedAt(now);
        if (heldBack) {
            // Hash anyway: a refusal that came back faster would tell a guesser this account exists.
            passwordEncoder.matches(password, found.getPasswordHash());
            log.warn("Login refused for account {}: backing off ({})", found.getId(),
                    knownDevice.isPresent() ? "known browser" : "unknown browser");
            throw new LockedException("Backing off after failed logins");
        }
        if (!passwordEncoder.matches(password, found.getPasswordHash())) {
            if (knownDevice.isPresent()) {
                deviceLockouts.recordFailure(found.getId(), knownDevice.get(), now);
                log.warn("Login refused for account {}: wrong password from a known browser", found.getId());
            } else {
                found.recordFailedLogin(now, settings.freeAttempts(), settings.firstBackoff(), settings.maxBackoff());
                log.warn("Login refused for account {}: wrong password (failure {} in a row)",
                        found.getId(), found.getFailedLoginCount());
            }
            throw new BadCredentialsException("Bad credentials");
        }
        if (knownDevice.isPresent()) {
            // The strangers' count stays: her signing in from her phone must not hand them fresh free attempts.
            deviceLockouts.recordSuccess(found.getId(), knownDevice.get());
        } else {
            found.recordSuccessfulLogin();
        }
        deviceCookies.issue(found.getId());
        return signedIn(found);
    }

    /** One hash check that matches nothing, so a path without a stored hash takes as long as one with. */
    void burnOneCheck(String password) {
        passwordEncoder.matches(password, hashForUnknownEmails);
    }

    static Authentication signedIn(Account account) {
        var user = new VillageUser(account.getId(), account.getDisplayName());
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(USER_ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
