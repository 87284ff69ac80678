package app.village.family;

import app.village.base.NoLongerAvailableException;

/**
 * The signed-in person does not belong to the space, or it does not exist: the same refusal for both,
 * so an id from another family reveals nothing.
 */
public class NotAMemberException extends NoLongerAvailableException {

    NotAMemberException() {
        super("This family space is not shared with you.");
    }
}
