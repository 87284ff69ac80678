package app.village.caretask;

import java.time.LocalDate;

/**
 * Today at a glance, for a space's home page: how many tasks she has taken on and how many are still open, and,
 * as {@link TodayTasks} does, whether the space has any task and whether any falls on today or tomorrow, so
 * that nothing open can say what is true.
 * <p>Decision: docs/decisions/home-counts-what-today-lists.md.
 */
public record TodayCounts(LocalDate today, int mine, int open, boolean anyTask, boolean anyDueSoon) {

    /** Nothing open because the space has no tasks yet. */
    public boolean noTasksYet() {
        return !anyTask;
    }

    /** Nothing open, tasks do fall on today or tomorrow, and each is taken on or done. */
    public boolean allTakenCareOf() {
        return open == 0 && anyDueSoon;
    }
}
