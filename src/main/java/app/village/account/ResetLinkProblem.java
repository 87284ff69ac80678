package app.village.account;

import app.village.base.UserFacingProblem;

/** A reset link that can't set a password: unknown, used, superseded or expired, or tried too often from here. */
public class ResetLinkProblem extends UserFacingProblem {

    public static final String UNUSABLE = "This link can't be used any more. A link works once, for 30 minutes, "
            + "and only the newest one you asked for. Ask for a new one: it takes a moment.";
    public static final String TOO_MANY_TRIES = "There have been many tries of reset links from your network just "
            + "now. Please wait a few minutes, then open the link again.";

    ResetLinkProblem(String message) {
        super(message);
    }

    static ResetLinkProblem unusable() {
        return new ResetLinkProblem(UNUSABLE);
    }
}
