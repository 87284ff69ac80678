package app.village.caretask;

import app.village.base.SystemSide;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks nobody has taken on yet, for the daily digest. System side ({@link SystemSide}): it runs with nobody
 * signed in, makes no family-space check and is used only by scheduled jobs; it returns what every member sees in
 * Today's "open" list (title, day, time), never a task's notes.
 */
@SystemSide
@Component
public class OpenTasksAhead {

    private final CareTaskRepository tasks;

    OpenTasksAhead(CareTaskRepository tasks) {
        this.tasks = tasks;
    }

    public record OpenTask(UUID taskId, String title, LocalDate dueDate, @Nullable LocalTime startTime) {
    }

    /** At most {@code limit} open tasks of the space due on the family's days {@code from} to {@code to}, soonest first. */
    @Transactional(readOnly = true)
    public List<OpenTask> dueBetween(UUID spaceId, LocalDate from, LocalDate to, int limit) {
        return tasks.findOpenBetween(spaceId, from, to, Limit.of(limit)).stream()
                .map(task -> new OpenTask(task.getId(), task.getTitle(), java.util.Objects.requireNonNull(task.getDueDate()),
                        task.getStartTime()))
                .toList();
    }
}
