package app.village.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.UUID;
import com.vaadin.flow.server.VaadinRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Who is signed in right now. Services ask this bean, never a static helper. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final SessionRegistry sessionRegistry;

    CurrentUser(AuthenticationContext authenticationContext, SessionRegistry sessionRegistry) {
        this.authenticationContext = authenticationContext;
        this.sessionRegistry = sessionRegistry;
    }

    public Optional<VillageUser> get() {
        return authenticationContext.getAuthenticatedUser(VillageUser.class);
    }

    /** The signed-in person; refuses when nobody is signed in. */
    public VillageUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }

    public UUID requireAccountId() {
        return require().accountId();
    }

    /**
     * Ends the signed-in person's sessions in other browsers and devices (after a password change, say):
     * their next request finds itself signed out. The session of this request is kept.
     */
    public void endOtherSessions() {
        var me = require();
        var request = VaadinRequest.getCurrent();
        var thisSession = request == null || request.getWrappedSession(false) == null ? null
                : request.getWrappedSession(false).getId();
        sessionRegistry.getAllSessions(me, false).stream()
                .filter(session -> !session.getSessionId().equals(thisSession))
                .forEach(SessionInformation::expireNow);
    }

    /** Ends every session of the signed-in person, this one included (her account is going). */
    public void endAllSessions() {
        sessionRegistry.getAllSessions(require(), false).forEach(SessionInformation::expireNow);
    }

    /** Ends the session and sends the browser back to the start page. */
    public void logout() {
        authenticationContext.logout();
    }
}
