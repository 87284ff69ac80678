package app.village.caretask;

import java.time.LocalDate;
import java.util.List;

/**
 * One member's "Today": what she has taken on and not yet done (recent overdue ones first), and what is
 * still open today and tomorrow, most urgent first. Each list is capped at {@link #LIMIT}. So an empty list
 * can say what is true: {@code anyTask} whether the space has any task at all, {@code anyDueSoon} whether
 * any task (open, taken on or done) falls on today or tomorrow.
 */
public record TodayTasks(LocalDate today, List<TaskSummary> mine, List<TaskSummary> open, boolean anyTask,
        boolean anyDueSoon) {

    public static final int LIMIT = 50;

    /** Nothing open because the space has no tasks yet: the page offers the first one, not thanks. */
    public boolean noTasksYet() {
        return !anyTask;
    }

    /** Nothing open, tasks do fall on today or tomorrow, and each is taken on or done. */
    public boolean allTakenCareOf() {
        return open.isEmpty() && anyDueSoon;
    }
}
