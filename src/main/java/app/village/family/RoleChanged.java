package app.village.family;

import java.util.UUID;

/** An owner changed a member's role in a space (making someone an owner is how ownership is handed over). */
public record RoleChanged(UUID spaceId, UUID accountId, FamilyRole from, FamilyRole to) {
}
