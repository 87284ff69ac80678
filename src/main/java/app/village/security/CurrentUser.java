package app.village.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.UUID;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Who is signed in right now. Services ask this bean, never a static helper. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final SessionRegistry sessionRegistry;
    private final ApplicationEventPublisher events;
    /**
     * The holder this application's filter chain reads and clears at the end of each request (Vaadin registers
     * its own): a sign-in written anywhere else would outlive the request on that server thread.
     */
    private final SecurityContextHolderStrategy holder;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentUser(AuthenticationContext authenticationContext, SessionRegistry sessionRegistry,
            ApplicationEventPublisher events, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.authenticationContext = authenticationContext;
        this.sessionRegistry = sessionRegistry;
        this.events = events;
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        contexts.setSecurityContextHolderStrategy(this.holder);
    }

    /**
     * Signs this browser in as someone who just proved who she is outside the login form (she opened her
     * account): as the login does, with a new session id against session fixation, the sign-in kept in the
     * session, and the session in the registry, so a password change or deletion still ends it.
     */
    public void signIn(Authentication authentication) {
        var vaadinRequest = VaadinServletRequest.getCurrent();
        var vaadinResponse = VaadinServletResponse.getCurrent();
        if (vaadinRequest == null || vaadinResponse == null) {
            throw new IllegalStateException("Signing in needs the browser's request");
        }
        var request = vaadinRequest.getHttpServletRequest();
        request.getSession();
        request.changeSessionId();
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, vaadinResponse.getHttpServletResponse());
        sessionRegistry.registerNewSession(request.getSession().getId(), authentication.getPrincipal());
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
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

    /**
     * Ends every session of this account, in any browser, whoever asks: for a system path where she proved who she
     * is without being signed in (a password reset link). Their next request finds itself signed out.
     */
    public void endSessionsOf(UUID accountId) {
        sessionRegistry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof VillageUser user && user.accountId().equals(accountId))
                .flatMap(principal -> sessionRegistry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    /** Ends the session and sends the browser back to the start page. */
    public void logout() {
        authenticationContext.logout();
    }
}
