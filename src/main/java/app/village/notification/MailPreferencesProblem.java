package app.village.notification;

import app.village.base.UserFacingProblem;

/** Preferences the rules refuse, with the field of the Notifications section the message belongs next to. */
public class MailPreferencesProblem extends UserFacingProblem {

    public enum Field { QUIET_FROM, QUIET_UNTIL, QUIET_ZONE, EVENING_BEFORE, BEFORE_START }

    private final Field field;

    MailPreferencesProblem(Field field, String message) {
        super(message, field.name());
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
