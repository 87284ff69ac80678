package app.village.caretask;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks one person has taken on, for her calendar feed, which her calendar app reads without anyone
 * signed in. The caller has identified her and says which spaces she still belongs to. Done tasks and
 * tasks without a day are left out: a calendar has nowhere to put those.
 */
@Component
public class TaskCalendar {

    /** Repeating tasks exist some weeks ahead; this keeps a feed of someone who took on many of them finite. */
    static final int MAX_TASKS = 1000;

    private final CareTaskRepository tasks;

    TaskCalendar(CareTaskRepository tasks) {
        this.tasks = tasks;
    }

    /** Her tasks in {@code spaceIds} not yet done, due on {@code from} or later, soonest first. */
    @Transactional(readOnly = true)
    public List<CalendarTask> claimedTasks(UUID accountId, Collection<UUID> spaceIds, LocalDate from) {
        if (spaceIds.isEmpty()) {
            return List.of();
        }
        return tasks.findClaimedDueFrom(accountId, spaceIds, from, Limit.of(MAX_TASKS)).stream()
                .map(task -> new CalendarTask(task.getId(), task.getSpaceId(), task.getTitle(), task.getNotes(),
                        Objects.requireNonNull(task.getDueDate()), task.getStartTime(), task.getEndTime(),
                        task.getEffortMinutes()))
                .toList();
    }
}
