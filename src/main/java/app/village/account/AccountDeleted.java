package app.village.account;

import java.util.UUID;

/** Published after a person deleted her own account, so other features can forget her. */
public record AccountDeleted(UUID accountId) {
}
