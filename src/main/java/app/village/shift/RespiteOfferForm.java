package app.village.shift;

import app.village.base.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

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

    @AssertTrue(message = "Please choose a day within a year of today.")
    boolean isDayPlausible() {
        return day == null || Limits.plausible(day);
    }

    @AssertTrue(message = "The end should be after the start.")
    boolean isEndAfterStart() {
        return Limits.endAfterStart(day, startTime, null, endTime);
    }
}
