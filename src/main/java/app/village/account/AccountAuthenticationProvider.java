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

    AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
            LoginSettings settings, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.clock = clock;
        this.hashForUnknownEmails = passwordEncoder.encode("no account has this password, it only burns time");
    }

    // Its own transaction, so a failure count is committed even though authentication then fails.
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AuthenticationException.class)
    public Authentication authenticate(Authentication authentication) {
        String email = Account.normalizeEmail(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        var now = clock.instant();

        var found = email.length() > Account.EMAIL_MAX ? null : accounts.findForLogin(email).orElse(null);
        if (found == null || password.length() > PasswordRules.MAX_LENGTH) {
            passwordEncoder.matches(password, hashForUnknownEmails);
            log.warn("Login refused: unknown email or over-long password");
            throw new BadCredentialsException("Bad credentials");
        }
        if (found.isLoginBlockedAt(now)) {
            // Hash anyway: a refusal that came back faster would tell a guesser this account exists.
            passwordEncoder.matches(password, found.getPasswordHash());
            log.warn("Login refused for account {}: backing off until {}", found.getId(), found.getLoginBlockedUntil());
            throw new LockedException("Backing off after failed logins");
        }
        if (!passwordEncoder.matches(password, found.getPasswordHash())) {
            found.recordFailedLogin(now, settings.freeAttempts(), settings.firstBackoff(), settings.maxBackoff());
            log.warn("Login refused for account {}: wrong password (failure {} in a row)",
                    found.getId(), found.getFailedLoginCount());
            throw new BadCredentialsException("Bad credentials");
        }
        found.recordSuccessfulLogin();
        var user = new VillageUser(found.getId(), found.getDisplayName());
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(USER_ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
