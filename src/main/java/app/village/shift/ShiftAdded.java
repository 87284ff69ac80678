package app.village.shift;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Shifts were added to a space: one, or the days laid out so far of a new repeating shift (one event for the whole
 * add), or the new days the roll-forward job laid out for one repeating shift. {@code by} added them; null when
 * the system did (the roll-forward: no member acted, so every page may show them). Like every shift event it holds
 * ids only: it is stored in {@code event_publication} until its listeners ran
 * (docs/decisions/domain-events.md, docs/decisions/release-and-roll-publish-events.md).
 */
public record ShiftAdded(UUID spaceId, List<UUID> shiftIds, @Nullable UUID by) {

    public ShiftAdded {
        shiftIds = List.copyOf(shiftIds);
    }
}
