package app.village.shift;

import java.util.List;
import java.util.UUID;

/**
 * {@code by}, on the shift, wrote handoff {@code handoffId} for the next person and the mother. {@code onTheShift}
 * are the people on that shift, the writer included. Never the handoff's words: those stay in the shift's tables.
 */
public record HandoffWritten(UUID spaceId, UUID shiftId, UUID handoffId, UUID by, List<UUID> onTheShift) {

    public HandoffWritten {
        onTheShift = List.copyOf(onTheShift);
    }
}
