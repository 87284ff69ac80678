package app.village.account;

/**
 * A request the account rules refuse, with the form field it belongs to,
 * so the view can show the message right next to that field.
 */
public class AccountProblem extends RuntimeException {

    public enum Field { EMAIL, DISPLAY_NAME, PASSWORD, CURRENT_PASSWORD, NEW_PASSWORD }

    private final Field field;

    AccountProblem(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
