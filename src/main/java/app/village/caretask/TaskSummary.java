package app.village.caretask;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A task as members see it, with who has taken it on. {@code mayChange} says whether the signed-in person may
 * edit or delete it; {@code repeating} whether it is one day of a repeating task; {@code forMother} whether it
 * is done for the mother, and {@code forMe} whether the signed-in person is that mother; {@code mayClaim} whether the signed-in person is offered "I'll do it" (an open task,
 * a role that takes tasks on, and not the mother's own care).
 */
public record TaskSummary(TaskId id, String title, TaskCategory category, @Nullable String notes,
        @Nullable LocalDate dueDate, @Nullable LocalTime startTime, @Nullable LocalTime endTime, int effortMinutes,
        TaskStatus status, @Nullable String assigneeName, boolean mine, @Nullable String doneNote,
        boolean repeating, boolean mayChange, boolean forMother, boolean forMe,
        boolean mayClaim) {

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }
}
