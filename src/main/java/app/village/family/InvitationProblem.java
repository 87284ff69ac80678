package app.village.family;

import app.village.base.UserFacingProblem;

/**
 * An invitation link that cannot be used. One message whether it was revoked, expired, used or never
 * existed, so a link reveals nothing about other invitations.
 */
public class InvitationProblem extends UserFacingProblem {

    public static final String UNUSABLE = "This invitation link can't be used any more. "
            + "Ask the person who invited you to send a new one.";
    public static final String TOO_MANY_TRIES = "Too many tries from this device. Please wait a few minutes.";

    InvitationProblem(String message) {
        super(message);
    }

    static InvitationProblem unusable() {
        return new InvitationProblem(UNUSABLE);
    }
}
