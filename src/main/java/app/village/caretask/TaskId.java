package app.village.caretask;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a care task (one day of a repeating task has its own).
 * A type of its own so that a method taking several ids can't be called with them the wrong way round
 * (docs/decisions/typed-ids.md). Prints as the plain UUID, so logs and addresses don't change.
 */
public record TaskId(UUID value) {

    public TaskId {
        Objects.requireNonNull(value, "TaskId needs a value");
    }

    public static TaskId of(UUID value) {
        return new TaskId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
