package app.village.account;

/** Thrown by a listener of {@link AccountDeletionRequested}; its message is shown to the person. */
public class AccountDeletionRefused extends RuntimeException {

    public AccountDeletionRefused(String message) {
        super(message);
    }
}
