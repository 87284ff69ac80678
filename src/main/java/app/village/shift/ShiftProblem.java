package app.village.shift;

import app.village.base.UserFacingProblem;

/** A shift action the rules refuse, with a message for the person (never another family's data). */
public class ShiftProblem extends UserFacingProblem {

    ShiftProblem(String message) {
        super(message);
    }
}
