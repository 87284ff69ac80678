package app.village.update;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An owner ({@code by}) pinned an update to the top of everyone's home, replacing any other, or took the pin off
 * ({@code updateId} null).
 */
public record UpdatePinned(UUID spaceId, @Nullable UUID updateId, UUID by) {
}
