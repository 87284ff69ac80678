package app.village.caretask;

import app.village.base.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A task as someone writes it. The due date is a day in the family's time zone. */
public record TaskForm(
        @NotBlank(message = "Please say what needs doing, for example \"Bring dinner\".")
        @Size(max = CareTask.TITLE_MAX, message = "Please keep the title to 120 characters or fewer.")
        @PlainText
        String title,

        @NotNull(message = "Please choose a category.")
        TaskCategory category,

        @Size(max = CareTask.NOTES_MAX, message = "Please keep the notes to 2,000 characters or fewer.")
        @PlainText
        String notes,

        @Nullable LocalDate dueDate,

        @Min(value = 1, message = "Effort is at least one minute.")
        @Max(value = CareTask.EFFORT_MAX, message = "A single task takes at most 24 hours (1,440 minutes).")
        int effortMinutes) {

    @AssertTrue(message = "Please choose a date within the next two years.")
    boolean isDueDatePlausible() {
        return dueDate == null || !dueDate.isBefore(LocalDate.now().minusYears(1))
                && !dueDate.isAfter(LocalDate.now().plusYears(2));
    }
}
