package app.village.base;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How something repeats, as an editor writes it next to the thing's own form; the first day is that form's day.
 * Checks that need the first day ({@link #lastDayProblem}) are asked by the service that knows it.
 */
public record RepeatForm(
        @NotNull(message = "Please choose whether it repeats.")
        Repeat repeat,

        @Nullable Set<DayOfWeek> weekdays,

        @Min(value = RepeatRule.EVERY_DAYS_MIN, message = "Choose between every 2 and every 30 days.")
        @Max(value = RepeatRule.EVERY_DAYS_MAX, message = "Choose between every 2 and every 30 days.")
        int everyDays,

        @Nullable LocalDate repeatUntil) {

    /** Once, not repeating. */
    public static final RepeatForm NONE = new RepeatForm(Repeat.NEVER, Set.of(), RepeatRule.EVERY_DAYS_MIN, null);

    /** How long ahead a series may be set to end: a typo like 2226 is refused rather than stored. */
    public static final int YEARS_AHEAD = 2;

    public static RepeatForm weekly(Set<DayOfWeek> days, @Nullable LocalDate until) {
        return new RepeatForm(Repeat.WEEKLY, days, RepeatRule.EVERY_DAYS_MIN, until);
    }

    public static RepeatForm daily(@Nullable LocalDate until) {
        return new RepeatForm(Repeat.DAILY, Set.of(), RepeatRule.EVERY_DAYS_MIN, until);
    }

    public static RepeatForm of(RepeatRule rule) {
        return new RepeatForm(rule.repeat(), rule.weekdaySet(), rule.everyDaysOrDefault(), rule.endsOn());
    }

    public boolean repeats() {
        return repeat != null && repeat != Repeat.NEVER;
    }

    public Set<DayOfWeek> weekdaysOrNone() {
        return weekdays == null ? Set.of() : weekdays;
    }

    public RepeatRule ruleFrom(LocalDate firstDay) {
        return new RepeatRule(repeat, weekdaysOrNone(), everyDays, firstDay, repeatUntil);
    }

    /**
     * The property a refusal of the rule below names (each rule has one of these): views map it to the field the
     * message belongs next to.
     */
    public static final String WEEKDAY_CHOSEN = "weekdayChosen";

    @AssertTrue(message = "Please choose at least one weekday.")
    boolean isWeekdayChosen() {
        return repeat != Repeat.WEEKLY || !weekdaysOrNone().isEmpty();
    }

    /** What is wrong with the last day for a series starting on {@code firstDay}, or null when nothing is. */
    public @Nullable String lastDayProblem(LocalDate firstDay) {
        if (!repeats() || repeatUntil == null) {
            return null;
        }
        if (repeatUntil.isBefore(firstDay)) {
            return "The last day should be on or after the first day.";
        }
        if (repeatUntil.isAfter(firstDay.plusYears(YEARS_AHEAD))) {
            return "Please choose a last day within two years of the first.";
        }
        if (!RepeatRule.hasADay(repeat, weekdaysOrNone(), firstDay, repeatUntil)) {
            return "No day between the first and the last day fits this pattern.";
        }
        return null;
    }
}
