package app.village.family;

import java.util.UUID;

/**
 * The invitations of a space changed: one was made, revoked, given a new link or declined ({@code by} is who did it;
 * for a decline, the person who declined, or null when she has no account). Ids only.
 */
public record InvitationsChanged(UUID spaceId, @org.jspecify.annotations.Nullable UUID by) {
}
