package app.village.caretask;

import org.jspecify.annotations.Nullable;

/**
 * One task with what its page needs: the form to edit this day, and for a repeating task the form of the
 * whole series (its first day as the date) with the rule in words; for a meal, the household's notes (diet
 * and allergies, drop-off, quiet hours, address) for the person bringing it.
 */
public record TaskDetails(TaskSummary task, TaskForm form, @Nullable TaskForm seriesForm, @Nullable String repeatRule,
        @Nullable HouseholdNotes household, boolean mayClaim) {
}
