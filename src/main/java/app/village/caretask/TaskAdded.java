package app.village.caretask;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Tasks were added to a space: one, or the days laid out so far of a new repeating task (one event for the whole
 * add), or the new days the roll-forward job laid out for one repeating task. {@code by} added them; null when
 * the system did (the roll-forward: no member acted, so every page may show them). Like every care-task event it
 * holds ids only: it is stored in {@code event_publication} until its listeners ran
 * (docs/decisions/domain-events.md, docs/decisions/release-and-roll-publish-events.md).
 */
public record TaskAdded(UUID spaceId, List<UUID> taskIds, @Nullable UUID by) {

    public TaskAdded {
        taskIds = List.copyOf(taskIds);
    }
}
