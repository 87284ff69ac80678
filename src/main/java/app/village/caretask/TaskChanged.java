package app.village.caretask;

import java.util.List;
import java.util.UUID;

/**
 * One edit by {@code by} changed these tasks: one day, or the coming days of a repeating task (new days it laid
 * out included); one event per edit. {@code takenBy} are the people who had taken a changed task on.
 */
public record TaskChanged(UUID spaceId, List<UUID> taskIds, UUID by, List<UUID> takenBy) {

    public TaskChanged {
        taskIds = List.copyOf(taskIds);
        takenBy = List.copyOf(takenBy);
    }
}
