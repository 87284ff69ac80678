package app.village.caretask;

import java.util.List;
import java.util.UUID;

/**
 * One edit by {@code by} took these tasks off the list: a deleted task, or the coming days of a repeating task that
 * was stopped or changed; one event per edit. {@code takenBy} are the people who had taken one of them on.
 */
public record TaskDeleted(UUID spaceId, List<UUID> taskIds, UUID by, List<UUID> takenBy) {

    public TaskDeleted {
        taskIds = List.copyOf(taskIds);
        takenBy = List.copyOf(takenBy);
    }
}
