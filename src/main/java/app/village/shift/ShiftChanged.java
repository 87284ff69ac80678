package app.village.shift;

import java.util.List;
import java.util.UUID;

/**
 * One edit by {@code by} changed these shifts: one shift, or the coming days of a repeating shift (new days it laid
 * out included); one event per edit. {@code helpers} are the people on a changed shift.
 */
public record ShiftChanged(UUID spaceId, List<UUID> shiftIds, UUID by, List<UUID> helpers) {

    public ShiftChanged {
        shiftIds = List.copyOf(shiftIds);
        helpers = List.copyOf(helpers);
    }
}
