package app.village.caretask;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task as members see it, with who has taken it on. {@code mayChange} says whether the signed-in person may
 * edit or delete it; {@code repeating} whether it is one day of a repeating task.
 */
public record TaskSummary(UUID id, String title, TaskCategory category, @Nullable String notes,
        @Nullable LocalDate dueDate, @Nullable LocalTime startTime, @Nullable LocalTime endTime, int effortMinutes,
        TaskStatus status, @Nullable String assigneeName, boolean mine, @Nullable String doneNote,
        boolean repeating, boolean mayChange) {

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }
}
