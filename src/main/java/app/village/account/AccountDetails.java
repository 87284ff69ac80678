package app.village.account;

import java.time.Instant;
import java.util.UUID;

/** What the signed-in person sees of her own account. */
public record AccountDetails(UUID id, String email, String displayName, Instant createdAt) {

    static AccountDetails of(Account account) {
        return new AccountDetails(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getCreatedAt());
    }
}
