package app.village.account;

import java.util.UUID;

/**
 * Published inside the deletion's transaction, before the account goes. A feature that must not lose this
 * person yet (the last owner of a family space) refuses by throwing {@link AccountDeletionRefused}.
 */
public record AccountDeletionRequested(UUID accountId) {
}
