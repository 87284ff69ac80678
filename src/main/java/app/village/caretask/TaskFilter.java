package app.village.caretask;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the full task list shows. Empty parts mean "any". {@code person} matches whoever took the task on
 * or did it. Dates are days in the family's time zone, both included; undated tasks show only when no date
 * range is set.
 */
public record TaskFilter(@Nullable TaskCategory category, @Nullable UUID person, @Nullable TaskStatus status,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static TaskFilter from(LocalDate day) {
        return new TaskFilter(null, null, null, day, null);
    }

    public static TaskFilter everything() {
        return new TaskFilter(null, null, null, null, null);
    }
}
