package app.village.shift;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a respite offer.
 * A type of its own so that a method taking several ids can't be called with them the wrong way round
 * (docs/decisions/typed-ids.md). Prints as the plain UUID, so logs and addresses don't change.
 */
public record OfferId(UUID value) {

    public OfferId {
        Objects.requireNonNull(value, "OfferId needs a value");
    }

    public static OfferId of(UUID value) {
        return new OfferId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
