package app.village.family;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invitation in the owner's list. */
public record InvitationSummary(UUID id, String name, @Nullable String relationship, FamilyRole role,
        @Nullable String email, InvitationStatus status, Instant createdAt, Instant expiresAt) {
}
