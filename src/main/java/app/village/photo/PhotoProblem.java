package app.village.photo;

import app.village.base.UserFacingProblem;

/**
 * A photo the rules refuse (not a photo, too large, too many pixels, Village busy), with a message she can act on.
 * Messages never carry the file's name ("This file", "This photo"): a name may say a place or a child's name.
 */
public class PhotoProblem extends UserFacingProblem {

    /** The form field an upload's refusal belongs next to. */
    public static final String FIELD = "photos";

    PhotoProblem(String message) {
        super(message, FIELD);
    }
}
