package app.village.shift;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code by} gave her place on the shift back. {@code requestedBy} is the mother when it is a break she asked for. */
public record ShiftWithdrawn(UUID spaceId, UUID shiftId, UUID by, @Nullable UUID requestedBy) {
}
