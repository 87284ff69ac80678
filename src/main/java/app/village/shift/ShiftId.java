package app.village.shift;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a shift (one day of a repeating shift has its own).
 * A type of its own so that a method taking several ids can't be called with them the wrong way round
 * (docs/decisions/typed-ids.md). Prints as the plain UUID, so logs and addresses don't change.
 */
public record ShiftId(UUID value) {

    public ShiftId {
        Objects.requireNonNull(value, "ShiftId needs a value");
    }

    public static ShiftId of(UUID value) {
        return new ShiftId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
