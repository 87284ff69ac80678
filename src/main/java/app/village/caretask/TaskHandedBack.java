package app.village.caretask;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code by}, who had taken the task on, gave it back to the open list.
 * {@code postedBy} added the task (whom the bell tells); null once her account is gone.
 */
public record TaskHandedBack(UUID spaceId, UUID taskId, UUID by, @Nullable UUID postedBy) {
}
