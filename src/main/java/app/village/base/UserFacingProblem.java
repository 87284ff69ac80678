package app.village.base;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request the rules refuse, with a message written for the person (never another family's data) and, when
 * it belongs next to one form field, that field's name. Each feature keeps its own subclass (`TaskProblem`,
 * `ShiftProblem`, …); a view that only shows the message catches this one type.
 */
public abstract class UserFacingProblem extends RuntimeException {

    private final @Nullable String fieldName;

    protected UserFacingProblem(String message) {
        this(message, null);
    }

    protected UserFacingProblem(String message, @Nullable String fieldName) {
        super(message);
        this.fieldName = fieldName;
    }

    /** The message, in words she can act on. */
    @Override
    public String getMessage() {
        var message = super.getMessage();
        return message == null ? "" : message;
    }

    /** The form field the message belongs next to, if any. */
    public Optional<String> fieldName() {
        return Optional.ofNullable(fieldName);
    }
}
