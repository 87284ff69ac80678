package app.village.shift;

import app.village.base.PlainText;
import app.village.base.WithinYearsOfToday;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** The mother asks for a break: when, and what she'd like to do with it. An end before the start is the next day. */
public record RespiteRequest(
        @NotNull(message = "Please choose the day.")
        LocalDate day,

        @NotNull(message = "Please choose when the break starts.")
        LocalTime startTime,

        @NotNull(message = "Please choose when the break ends.")
        LocalTime endTime,

        @NotNull(message = "Please choose what you'd like to do.")
        RestActivity activity,

        @Size(max = 500, message = "Please keep the note to 500 characters or fewer.")
        @PlainText
        String note) {

    /** A getter, not a constraint on {@code day}: only the service checks it, against the app clock (see Limits). */
    @WithinYearsOfToday(yearsBack = Limits.YEARS_AROUND_TODAY, yearsAhead = Limits.YEARS_AROUND_TODAY,
            message = "Please choose a day within a year of today.")
    @Nullable LocalDate getDayPlausible() {
        return day;
    }

    @AssertTrue(message = "The end should be after the start.")
    boolean isEndAfterStart() {
        return Limits.endAfterStart(day, startTime, null, endTime);
    }
}
