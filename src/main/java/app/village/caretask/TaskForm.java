package app.village.caretask;

import app.village.base.Repeat;
import app.village.base.RepeatRule;
import app.village.base.PlainText;
import app.village.base.WithinYearsOfToday;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A task as someone writes it. The day and times are in the family's time zone. For a repeating task the
 * due date is the first day, and each day of the series becomes a task of its own. {@code forMother}: the task
 * is done for the mother ("Bring Maya water during the 3 a.m. feed"), so she is never asked to take it on.
 */
public record TaskForm(
        @NotBlank(message = "Please say what needs doing, for example \"Bring dinner\".")
        @Size(max = CareTask.TITLE_MAX, message = "Please keep the title to 120 characters or fewer.")
        @PlainText(PlainText.Kind.LINE)
        String title,

        @NotNull(message = "Please choose a category.")
        TaskCategory category,

        @Size(max = CareTask.NOTES_MAX, message = "Please keep the notes to 2,000 characters or fewer.")
        @PlainText
        String notes,

        @Nullable LocalDate dueDate,

        @Nullable LocalTime startTime,

        @Nullable LocalTime endTime,

        @Min(value = 1, message = "Effort is at least one minute.")
        @Max(value = CareTask.EFFORT_MAX, message = "A single task takes at most 24 hours (1,440 minutes).")
        int effortMinutes,

        @NotNull(message = "Please choose whether the task repeats.")
        Repeat repeat,

        @Nullable Set<DayOfWeek> weekdays,

        @Min(value = 2, message = "Choose between every 2 and every 30 days.")
        @Max(value = 30, message = "Choose between every 2 and every 30 days.")
        int everyDays,

        @Nullable LocalDate repeatUntil,

        boolean forMother) {

    /**
     * The effort a task counts with in the fair share when whoever adds it leaves the effort empty: about half
     * an hour, what most of a family's small tasks take (docs/decisions/task-effort-optional.md).
     */
    public static final int USUAL_EFFORT_MINUTES = 30;

    /** How far from today a date may be: a typo like 2226 is refused rather than stored. */
    static final int YEARS_BACK = 1;
    static final int YEARS_AHEAD = 2;

    /** A task that happens once. */
    public static TaskForm once(String title, TaskCategory category, String notes, @Nullable LocalDate dueDate,
            int effortMinutes) {
        return new TaskForm(title, category, notes, dueDate, null, null, effortMinutes, Repeat.NEVER, Set.of(), 2,
                null, false);
    }

    /** A task on chosen weekdays from {@code firstDay} until {@code until} (or for as long as it is needed). */
    public static TaskForm weekly(String title, TaskCategory category, String notes, LocalDate firstDay,
            Set<DayOfWeek> weekdays, @Nullable LocalDate until, int effortMinutes) {
        return new TaskForm(title, category, notes, firstDay, null, null, effortMinutes, Repeat.WEEKLY, weekdays, 2,
                until, false);
    }

    public TaskForm withTimes(@Nullable LocalTime start, @Nullable LocalTime end) {
        return new TaskForm(title, category, notes, dueDate, start, end, effortMinutes, repeat, weekdays, everyDays,
                repeatUntil, forMother);
    }

    public TaskForm withRepeat(Repeat newRepeat, @Nullable Set<DayOfWeek> days, int every,
            @Nullable LocalDate until) {
        return new TaskForm(title, category, notes, dueDate, startTime, endTime, effortMinutes, newRepeat, days,
                every, until, forMother);
    }

    /** The same task, marked as done for the mother (or not). */
    public TaskForm withForMother(boolean isForMother) {
        return new TaskForm(title, category, notes, dueDate, startTime, endTime, effortMinutes, repeat, weekdays,
                everyDays, repeatUntil, isForMother);
    }

    public boolean repeats() {
        return repeat != null && repeat != Repeat.NEVER;
    }

    public Set<DayOfWeek> weekdaysOrNone() {
        return weekdays == null ? Set.of() : weekdays;
    }

    /**
     * The property a refusal of the rule below names (each rule has one of these): views map it to the field the
     * message belongs next to.
     */
    public static final String DUE_DATE_PLAUSIBLE = "dueDatePlausible";

    // Getters rather than constraints on the components, so only the service checks them against the app clock
    // (the form's binder has no clock of its own) and a refusal's path stays "dueDatePlausible".
    @WithinYearsOfToday(yearsBack = YEARS_BACK, yearsAhead = YEARS_AHEAD,
            message = "Please choose a date within the next two years.")
    @Nullable LocalDate getDueDatePlausible() {
        return dueDate;
    }

    public static final String REPEAT_UNTIL_PLAUSIBLE = "repeatUntilPlausible";

    @WithinYearsOfToday(yearsBack = YEARS_BACK, yearsAhead = YEARS_AHEAD,
            message = "Please choose an end date within the next two years.")
    @Nullable LocalDate getRepeatUntilPlausible() {
        return repeatUntil;
    }

    public static final String TIME_ON_A_DAY = "timeOnADay";

    @AssertTrue(message = "Please choose the day first; times are on that day.")
    boolean isTimeOnADay() {
        return dueDate != null || startTime == null && endTime == null;
    }

    public static final String END_WITH_START = "endWithStart";

    @AssertTrue(message = "Please give a start time too.")
    boolean isEndWithStart() {
        return endTime == null || startTime != null;
    }

    public static final String END_AFTER_START = "endAfterStart";

    @AssertTrue(message = "The end should be after the start.")
    boolean isEndAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    public static final String REPEAT_STARTING = "repeatStarting";

    @AssertTrue(message = "Please choose the first day of a repeating task.")
    boolean isRepeatStarting() {
        return !repeats() || dueDate != null;
    }

    public static final String WEEKDAY_CHOSEN = "weekdayChosen";

    @AssertTrue(message = "Please choose at least one weekday.")
    boolean isWeekdayChosen() {
        return repeat != Repeat.WEEKLY || !weekdaysOrNone().isEmpty();
    }

    public static final String REPEAT_END_AFTER_START = "repeatEndAfterStart";

    @AssertTrue(message = "The last day should be on or after the first day.")
    boolean isRepeatEndAfterStart() {
        return !repeats() || repeatUntil == null || dueDate == null || !repeatUntil.isBefore(dueDate);
    }

    public static final String ANY_DAY_IN_RANGE = "anyDayInRange";

    @AssertTrue(message = "No day between the first and the last day fits this pattern.")
    boolean isAnyDayInRange() {
        return !repeats() || RepeatRule.hasADay(repeat, weekdaysOrNone(), dueDate, repeatUntil);
    }
}
