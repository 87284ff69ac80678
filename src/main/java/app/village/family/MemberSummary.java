package app.village.family;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member as others see her. The email is there only for owners. */
public record MemberSummary(UUID membershipId, UUID accountId, String displayName, @Nullable String relationship,
        FamilyRole role, Instant joinedAt, @Nullable String email, boolean isMe) {
}
