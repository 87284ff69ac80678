package app.village.testsupport;

import app.village.security.VillageUser;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a person into the security context the way a real login does, for service and UI tests. */
public final class SignedIn {

    private SignedIn() {
    }

    public static VillageUser as(UUID accountId, String displayName) {
        var user = new VillageUser(accountId, displayName);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
