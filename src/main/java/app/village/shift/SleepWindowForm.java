package app.village.shift;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;

/** Her nightly sleep window, for example 23:00 to 04:00; it may cross midnight. */
public record SleepWindowForm(
        @NotNull(message = "Please choose when you'd like to fall asleep.")
        LocalTime start,

        @NotNull(message = "Please choose when you'd like to wake.")
        LocalTime end) {

    static final int MIN_HOURS = 1;
    static final int MAX_HOURS = 12;

    @AssertTrue(message = "A sleep window is between 1 and 12 hours.")
    boolean isReasonableLength() {
        if (start == null || end == null) {
            return true;
        }
        var length = length();
        return length.compareTo(Duration.ofHours(MIN_HOURS)) >= 0 && length.compareTo(Duration.ofHours(MAX_HOURS)) <= 0;
    }

    Duration length() {
        var minutes = Duration.between(start, end).toMinutes();
        return Duration.ofMinutes(minutes <= 0 ? minutes + 24 * 60 : minutes);
    }
}
