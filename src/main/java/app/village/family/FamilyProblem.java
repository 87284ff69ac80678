package app.village.family;

/** A request the family rules refuse, with the form field it belongs to (or {@code GENERAL}). */
public class FamilyProblem extends RuntimeException {

    public enum Field { GENERAL, NAME, EMAIL, ROLE, CONFIRMATION }

    private final Field field;

    FamilyProblem(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
