package app.village.family;

import java.util.UUID;

/**
 * An owner ({@code by}) changed a member's role in a space (making someone an owner is how ownership is handed
 * over). {@code by} may be the member herself: then it is no news to her.
 */
public record RoleChanged(UUID spaceId, UUID accountId, FamilyRole from, FamilyRole to, UUID by) {
}
