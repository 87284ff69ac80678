package app.village.account;

import app.village.base.UserFacingProblem;

/**
 * A request the account rules refuse, with the form field it belongs to,
 * so the view can show the message right next to that field.
 */
public class AccountProblem extends UserFacingProblem {

    public enum Field { EMAIL, DISPLAY_NAME, PASSWORD, CURRENT_PASSWORD, NEW_PASSWORD, REPEATED_PASSWORD }

    private final Field field;

    AccountProblem(Field field, String message) {
        super(message, field.name());
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
