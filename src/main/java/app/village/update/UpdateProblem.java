package app.village.update;

import app.village.base.UserFacingProblem;

/** An update action the rules refuse, with a message for the person (never another family's data). */
public class UpdateProblem extends UserFacingProblem {

    static final String GONE = "That update is no longer there.";
    /** More photos than one update takes; shown next to the photos. */
    public static final String TOO_MANY_PHOTOS = "An update takes at most 4 photos. Remove one to add another.";

    UpdateProblem(String message) {
        super(message);
    }

    UpdateProblem(String message, String field) {
        super(message, field);
    }
}
