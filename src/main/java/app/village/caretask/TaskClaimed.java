package app.village.caretask;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code by} took the task on ("I'll do it").
 * {@code postedBy} added the task (whom the bell tells); null once her account is gone.
 */
public record TaskClaimed(UUID spaceId, UUID taskId, UUID by, @Nullable UUID postedBy) {
}
