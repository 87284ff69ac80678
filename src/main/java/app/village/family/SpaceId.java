package app.village.family;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a family space.
 * A type of its own so that a method taking several ids can't be called with them the wrong way round
 * (docs/decisions/typed-ids.md). Prints as the plain UUID, so logs and addresses don't change.
 */
public record SpaceId(UUID value) {

    public SpaceId {
        Objects.requireNonNull(value, "SpaceId needs a value");
    }

    public static SpaceId of(UUID value) {
        return new SpaceId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
