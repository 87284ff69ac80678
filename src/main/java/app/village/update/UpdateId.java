package app.village.update;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a family update. A type of its own so that it can't be passed where another id belongs
 * (docs/decisions/typed-ids.md). Prints as the plain UUID.
 */
public record UpdateId(UUID value) {

    public UpdateId {
        Objects.requireNonNull(value, "UpdateId needs a value");
    }

    public static UpdateId of(UUID value) {
        return new UpdateId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
