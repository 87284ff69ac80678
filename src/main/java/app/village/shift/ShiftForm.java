package app.village.shift;

import app.village.base.PlainText;
import app.village.base.RepeatForm;
import app.village.base.WithinYearsOfToday;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A shift as an organizer writes it, in the family's time zone. Without an end day, an end time at or before
 * the start time means the next morning.
 */
public record ShiftForm(
        @NotNull(message = "Please choose what kind of shift this is.")
        ShiftKind kind,

        @NotNull(message = "Please choose the day.")
        LocalDate day,

        @NotNull(message = "Please choose when it starts.")
        LocalTime startTime,

        @Nullable LocalDate endDay,

        @NotNull(message = "Please choose when it ends.")
        LocalTime endTime,

        @Min(value = 1, message = "A shift needs between 1 and 20 helpers.")
        @Max(value = CareShift.CAPACITY_MAX, message = "A shift needs between 1 and 20 helpers.")
        int capacity,

        @Size(max = CareShift.NOTES_MAX, message = "Please keep the notes to 2,000 characters or fewer.")
        @PlainText
        String notes) {

    public static ShiftForm of(ShiftKind kind, LocalDate day, LocalTime start, LocalTime end) {
        return new ShiftForm(kind, day, start, null, end, 1, "");
    }

    /**
     * The property a refusal of the rule below names (each rule has one of these): views map it to the field the
     * message belongs next to.
     */
    public static final String DAY_PLAUSIBLE = "dayPlausible";

    /** A getter, not a constraint on {@code day}: only the service checks it, against the app clock (see Limits). */
    @WithinYearsOfToday(yearsBack = Limits.YEARS_AROUND_TODAY, yearsAhead = Limits.YEARS_AROUND_TODAY,
            message = "Please choose a day within a year of today.")
    @Nullable LocalDate getDayPlausible() {
        return day;
    }

    public static final String END_AFTER_START = "endAfterStart";

    @AssertTrue(message = "The end should be after the start.")
    boolean isEndAfterStart() {
        return Limits.endAfterStart(day, startTime, endDay, endTime);
    }

    public static final String AT_MOST_A_DAY = "atMostADay";

    @AssertTrue(message = "A shift can be at most 24 hours. Split longer help into several shifts.")
    boolean isAtMostADay() {
        return Limits.atMostADay(day, startTime, endDay, endTime);
    }

    /** Its times in the family's zone, refused when longer than a day. */
    ShiftTimes timesIn(ZoneId zone) {
        return ShiftTimes.of(day, startTime, endDay, endTime, zone).requireAtMostADay();
    }

    /** Refuses what a repeating shift can't be; the first day's times are checked like a single shift's. */
    void requireRepeatable(RepeatForm repeat, ZoneId zone) {
        if (endDay != null) {
            throw new ShiftProblem("A repeating shift ends the same day or the next morning; leave \"Ends on\" empty.");
        }
        var problem = repeat.lastDayProblem(day);
        if (problem != null) {
            throw new ShiftProblem(problem);
        }
        timesIn(zone);
    }
}
