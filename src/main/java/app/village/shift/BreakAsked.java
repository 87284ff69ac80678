package app.village.shift;

import java.util.UUID;

/** The mother ({@code by}) asked her circle for a break: {@code shiftId} is the open respite shift it became. */
public record BreakAsked(UUID spaceId, UUID shiftId, UUID by) {
}
