package app.village.family;

import app.village.base.UserFacingProblem;

/** A request the family rules refuse, with the form field it belongs to (or {@code GENERAL}). */
public class FamilyProblem extends UserFacingProblem {

    public enum Field { GENERAL, NAME, EMAIL, ROLE, CONFIRMATION }

    private final Field field;

    FamilyProblem(Field field, String message) {
        // GENERAL belongs to no field: the message goes above the form.
        super(message, field == Field.GENERAL ? null : field.name());
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
