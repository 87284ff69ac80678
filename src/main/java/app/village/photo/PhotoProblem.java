package app.village.photo;

import app.village.base.UserFacingProblem;

/** A photo the rules refuse (not a photo, too large, too many pixels), with a message she can act on. */
public class PhotoProblem extends UserFacingProblem {

    /** The form field an upload's refusal belongs next to. */
    public static final String FIELD = "photos";

    PhotoProblem(String message) {
        super(message, FIELD);
    }
}
