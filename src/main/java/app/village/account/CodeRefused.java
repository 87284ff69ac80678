package app.village.account;

import app.village.base.UserFacingProblem;

/**
 * A mailed code (or a new code) that a sign-up or an address change can't take. When {@link #ended()}, it is over
 * and she starts again from the form; otherwise she may type the code again.
 */
public class CodeRefused extends UserFacingProblem {

    private final boolean ended;

    CodeRefused(String message, boolean ended) {
        super(message, "code");
        this.ended = ended;
    }

    public boolean ended() {
        return ended;
    }
}
