package app.village.caretask;

import app.village.base.UserFacingProblem;

/** A task action the rules refuse, with a message for the person (never another family's data). */
public class TaskProblem extends UserFacingProblem {

    TaskProblem(String message) {
        super(message);
    }
}
