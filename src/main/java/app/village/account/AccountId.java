package app.village.account;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a person's account.
 * A type of its own so that a method taking several ids can't be called with them the wrong way round
 * (docs/decisions/typed-ids.md). Prints as the plain UUID, so logs and addresses don't change.
 */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "AccountId needs a value");
    }

    public static AccountId of(UUID value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
