package app.village.caretask;

import java.time.LocalDate;
import java.util.List;

/**
 * One member's "Today": what she has taken on and not yet done (recent overdue ones first), and what is
 * still open today and tomorrow, most urgent first. Each list is capped at {@link #LIMIT}.
 */
public record TodayTasks(LocalDate today, List<TaskSummary> mine, List<TaskSummary> open) {

    public static final int LIMIT = 50;
}
