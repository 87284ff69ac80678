package app.village.account;

import app.village.base.UserFacingProblem;

/**
 * A code (or a new code) the sign-up can't take. When {@link #ended()}, the sign-up is over and she starts again
 * from the form; otherwise she may type the code again.
 */
public class SignUpCodeRefused extends UserFacingProblem {

    private final boolean ended;

    SignUpCodeRefused(String message, boolean ended) {
        super(message, "code");
        this.ended = ended;
    }

    public boolean ended() {
        return ended;
    }
}
