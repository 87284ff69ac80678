package app.village.account;

import java.util.UUID;

/** How an account is named to others. Features decide who may see the email. */
public record AccountName(UUID id, String displayName, String email) {
}
