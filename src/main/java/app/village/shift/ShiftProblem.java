package app.village.shift;

import app.village.base.UserFacingProblem;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A shift action the rules refuse, with a message for the person (never another family's data). When the
 * refusal is about one day of a repeating shift, {@link #day()} names it and the page writes it before the message.
 */
public class ShiftProblem extends UserFacingProblem {

    private final @Nullable LocalDate day;

    ShiftProblem(String message) {
        this(message, null);
    }

    private ShiftProblem(String message, @Nullable LocalDate day) {
        super(message);
        this.day = day;
    }

    /** The same refusal, about {@code day} of a repeating shift. */
    ShiftProblem on(LocalDate onDay) {
        return new ShiftProblem(getMessage(), onDay);
    }

    /** The day of a repeating shift this refusal is about, or null when it is about the whole action. */
    public @Nullable LocalDate day() {
        return day;
    }
}
