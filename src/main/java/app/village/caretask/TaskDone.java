package app.village.caretask;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code by} marked the task done.
 * {@code postedBy} added the task (whom the bell tells); null once her account is gone.
 */
public record TaskDone(UUID spaceId, UUID taskId, UUID by, @Nullable UUID postedBy) {
}
