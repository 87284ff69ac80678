package app.village.account;

/**
 * The address an invitation was sent to, handed to the registration page so she need not type it. It travels
 * in the HTTP session under this name, never in the page address, where it would end up in the browser's
 * history and in server logs.
 */
public final class RegistrationPrefill {

    public static final String SESSION_ATTRIBUTE = "village.registration.invitedEmail";

    private RegistrationPrefill() {
    }
}
