package app.village.security;

import java.security.Principal;
import java.util.UUID;

/**
 * The signed-in person as the security context holds her. Its name is the account id, never the email,
 * so nothing personal ends up in logs or session listings.
 */
public record VillageUser(UUID accountId, String displayName) implements Principal {

    @Override
    public String getName() {
        return accountId.toString();
    }
}
