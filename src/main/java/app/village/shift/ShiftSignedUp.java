package app.village.shift;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code by} took a place on the shift. {@code requestedBy} is the mother when it is a break she asked for. */
public record ShiftSignedUp(UUID spaceId, UUID shiftId, UUID by, @Nullable UUID requestedBy) {
}
