package app.village.account;

import java.util.UUID;

/** Where the registration page goes after "Create account". */
public sealed interface SignUpStep {

    /** She is signed in: the page reloads at the start page, as after a login. */
    record SignedIn() implements SignUpStep {
    }

    /**
     * The page asks for the code mailed to the address she typed. Every address not signed in gets this same step,
     * whether or not it has an account; {@code signUp} names it for {@link SignUpService#confirm} and
     * {@link SignUpService#sendNewCode}, and stays on the server.
     */
    record CodeSent(UUID signUp) implements SignUpStep {
    }
}
