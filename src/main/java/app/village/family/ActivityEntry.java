package app.village.family;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the membership audit log, for the owner. */
public record ActivityEntry(Instant at, @Nullable String actorName, String subjectName, String action,
        @Nullable String detail) {
}
