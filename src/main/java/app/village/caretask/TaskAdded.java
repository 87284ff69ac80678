package app.village.caretask;

import java.util.List;
import java.util.UUID;

/**
 * Tasks were added to a space: one, or the days laid out so far of a new repeating task (one event for the whole
 * add). {@code by} added them. Like every care-task event it holds ids only: it is stored in
 * {@code event_publication} until its listeners ran (docs/decisions/domain-events.md).
 */
public record TaskAdded(UUID spaceId, List<UUID> taskIds, UUID by) {

    public TaskAdded {
        taskIds = List.copyOf(taskIds);
    }
}
