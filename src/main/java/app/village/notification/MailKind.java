package app.village.notification;

/**
 * What a message is about. She can turn each kind off on her account page, except the two account kinds, and
 * {@link #holdsForSleep()} says which wait out her sleep window and quiet hours.
 */
public enum MailKind {
    /** A reply to something she just did herself (a reset link, a sign-up code): sent at once, never off. */
    YOUR_REQUEST("you asked for it", false, false),
    /** Something about her account that someone else did, such as a sign-up tried with her address. */
    ACCOUNT_NOTICE("it is about your Village account", false, true),
    /** Invitations and changes of who is in the family. */
    MEMBERSHIP("it is about your family on Village", true, true),
    /** Before a shift she signed up for or a task she took on. */
    REMINDER("you asked Village to remind you", true, true),
    /** The morning summary of the family's day. */
    DIGEST("you get the family's daily summary", true, true),
    /** Asks and changes to things she is on. */
    CHANGES("it is about something you are on", true, true);

    private final String why;
    private final boolean mayTurnOff;
    private final boolean holdsForSleep;

    MailKind(String why, boolean mayTurnOff, boolean holdsForSleep) {
        this.why = why;
        this.mayTurnOff = mayTurnOff;
        this.holdsForSleep = holdsForSleep;
    }

    /** The end of the footer's "You got this because …". */
    public String why() {
        return why;
    }

    public boolean mayTurnOff() {
        return mayTurnOff;
    }

    /** Whether the message waits while the recipient sleeps or has quiet hours. */
    public boolean holdsForSleep() {
        return holdsForSleep;
    }
}
