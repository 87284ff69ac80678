package app.village.family;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code by} invited someone to the space by mail (or mailed the invitation again), and the mail is recorded.
 * {@code inviteeAccountId} is the account that already has the invited address (whom the bell tells), null when
 * none does. Ids only: never the address.
 */
public record InvitedByMail(UUID spaceId, UUID invitationId, UUID by, @Nullable UUID inviteeAccountId) {
}
