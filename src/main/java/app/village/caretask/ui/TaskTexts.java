package app.village.caretask.ui;

import app.village.base.ui.TimeTexts;
import app.village.caretask.TaskSummary;
import app.village.caretask.TodayTasks;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** How tasks read on the page: "Today, 6:00 PM to 7:00 PM", "About 1 h 30 min", "Rose is on it". */
final class TaskTexts {

    private TaskTexts() {
    }

    static String when(TaskSummary task, LocalDate today) {
        var day = day(task.dueDate(), today);
        if (task.startTime() == null) {
            return day;
        }
        var times = task.endTime() == null ? time(task.startTime())
                : time(task.startTime()) + " to " + time(task.endTime());
        return day + ", " + times;
    }

    static String day(@Nullable LocalDate date, LocalDate today) {
        return date == null ? "Any day" : TimeTexts.relativeDay(date, today);
    }

    static String longDay(LocalDate date) {
        return TimeTexts.longDay(date);
    }

    static String time(LocalTime time) {
        return TimeTexts.time(time);
    }

    static String effort(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        var hours = minutes / 60;
        var rest = minutes % 60;
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    static String status(TaskSummary task) {
        return switch (task.status()) {
            case OPEN -> task.forMe() ? "For you: someone else takes it on"
                    : task.forMother() ? "Open · for the mother" : "Open";
            case CLAIMED -> task.mine() ? "You're on it" : nameOrSomeone(task) + " is on it";
            case DONE -> task.mine() ? "Done by you" : "Done by " + nameOrSomeone(task);
        };
    }

    private static String nameOrSomeone(TaskSummary task) {
        return task.assigneeName() == null ? "Someone" : task.assigneeName();
    }

    static boolean isOverdue(TaskSummary task, LocalDate today) {
        return task.dueDate() != null && task.dueDate().isBefore(today) && task.status() != app.village.caretask.TaskStatus.DONE;
    }

    /** What "Still open today and tomorrow" says when nothing is open: only what is true. */
    static String nothingOpen(TodayTasks today, boolean mayAdd) {
        return nothingOpen(today.noTasksYet(), today.allTakenCareOf(), mayAdd);
    }

    /** The same, for the home page's counts. */
    static String nothingOpen(boolean noTasksYet, boolean allTakenCareOf, boolean mayAdd) {
        if (noTasksYet) {
            return mayAdd ? "No tasks yet. Add the first one, or plan the first weeks with a repeating task "
                    + "(dinner every other day, the laundry on Mondays)." : "No tasks yet.";
        }
        return allTakenCareOf ? "Everything for today and tomorrow is taken care of."
                : "Nothing is planned for today or tomorrow.";
    }
}
