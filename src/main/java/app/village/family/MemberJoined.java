package app.village.family;

import java.util.UUID;

/** Someone joined a space's circle with this role: she accepted an invitation, or she created the space. */
public record MemberJoined(UUID spaceId, UUID accountId, FamilyRole role) {
}
