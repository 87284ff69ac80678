package app.village.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/** Who is signed in right now. Services ask this bean, never a static helper. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
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

    /** Ends the session and sends the browser back to the start page. */
    public void logout() {
        authenticationContext.logout();
    }
}
