package app.village.update;

import app.village.base.UserFacingProblem;

/** An update action the rules refuse, with a message for the person (never another family's data). */
public class UpdateProblem extends UserFacingProblem {

    static final String GONE = "That update is no longer there.";

    UpdateProblem(String message) {
        super(message);
    }
}
