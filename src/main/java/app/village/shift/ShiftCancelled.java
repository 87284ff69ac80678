package app.village.shift;

import java.util.List;
import java.util.UUID;

/**
 * One edit by {@code by} cancelled these shifts: one shift, or the coming days of a repeating shift that was stopped
 * or changed; one event per edit. {@code helpers} are the people who were on one of them (their places are gone).
 */
public record ShiftCancelled(UUID spaceId, List<UUID> shiftIds, UUID by, List<UUID> helpers) {

    public ShiftCancelled {
        shiftIds = List.copyOf(shiftIds);
        helpers = List.copyOf(helpers);
    }
}
