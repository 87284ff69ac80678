package app.village.caretask;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task as members see it, with who has taken it on. */
public record TaskSummary(UUID id, String title, TaskCategory category, @Nullable String notes,
        @Nullable LocalDate dueDate, int effortMinutes, TaskStatus status, @Nullable String assigneeName,
        boolean mine, @Nullable String doneNote) {
}
