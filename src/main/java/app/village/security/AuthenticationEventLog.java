package app.village.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in, failed sign-in and sign-out to the log. Only account ids are logged:
 * a failed attempt's typed email is personal data and may not even be an account.
 * <p>Decision: docs/decisions/logs-carry-account-ids.md.
 */
@Component
class AuthenticationEventLog {

    private static final Logger log = LoggerFactory.getLogger("app.village.security.audit");

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        log.info("Login succeeded for account {}", accountIdOf(event.getAuthentication()));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        log.warn("Login refused: {}", event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        log.info("Logout for account {}", accountIdOf(event.getAuthentication()));
    }

    private static String accountIdOf(Authentication authentication) {
        return authentication.getPrincipal() instanceof VillageUser user ? user.getName() : "(unknown)";
    }
}
