package app.village.shift;

import java.util.List;
import java.util.UUID;

/**
 * Shifts were added to a space: one, or the days laid out so far of a new repeating shift (one event for the whole
 * add). {@code by} added them. Like every shift event it holds ids only: it is stored in {@code event_publication}
 * until its listeners ran (docs/decisions/domain-events.md).
 */
public record ShiftAdded(UUID spaceId, List<UUID> shiftIds, UUID by) {

    public ShiftAdded {
        shiftIds = List.copyOf(shiftIds);
    }
}
