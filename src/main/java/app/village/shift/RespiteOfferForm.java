package app.village.shift;

import app.village.base.PlainText;
import app.village.base.WithinYearsOfToday;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A supporter offers a break unasked: "I'm free Saturday 10 to 2". */
public record RespiteOfferForm(
        @NotNull(message = "Please choose the day.")
        LocalDate day,

        @NotNull(message = "Please choose when you're free from.")
        LocalTime startTime,

        @NotNull(message = "Please choose until when.")
        LocalTime endTime,

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
