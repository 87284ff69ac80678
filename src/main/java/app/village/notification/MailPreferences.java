package app.village.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What one person wants Village to send her, set in the Notifications section of her account page.
 *
 * @param membership invitations and changes of who is in the family
 * @param reminders reminders at all; the two times below say when
 * @param digest the daily summary; null means the default, which is on for owners and organizers of the space
 * @param changes asks and changes to things she is on
 * @param eveningBeforeAt the evening-before reminder, in the family's time; null when she turned it off
 * @param beforeStart how long before the start the second reminder comes; null when she turned it off
 * @param quietFrom start of her quiet hours, or null for none
 * @param quietUntil end of her quiet hours, or null for none
 * @param quietZone the zone her quiet hours are in; null for none
 */
public record MailPreferences(boolean membership, boolean reminders, @Nullable Boolean digest, boolean changes,
        @Nullable LocalTime eveningBeforeAt, @Nullable Duration beforeStart, @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil, @Nullable ZoneId quietZone) {

    public static final LocalTime DEFAULT_EVENING_BEFORE = LocalTime.of(18, 0);
    public static final Duration DEFAULT_BEFORE_START = Duration.ofHours(1);

    /** What someone who never opened the section gets. */
    public static MailPreferences defaults() {
        return new MailPreferences(true, true, null, true, DEFAULT_EVENING_BEFORE, DEFAULT_BEFORE_START,
                null, null, null);
    }

    /**
     * Whether she has turned this kind off, as mail is checked at sending: a letter of it is withdrawn, even one
     * recorded or held before she changed her mind. The digest only when she turned it off herself: the default by
     * her role is decided when the digest is written.
     */
    public boolean turnedOff(MailKind kind) {
        return switch (kind) {
            case YOUR_REQUEST, ACCOUNT_NOTICE -> false;
            case MEMBERSHIP -> !membership;
            case REMINDER -> !reminders;
            case DIGEST -> Boolean.FALSE.equals(digest);
            case CHANGES -> !changes;
        };
    }

    /** Whether she wants mail of this kind; account mail can't be turned off, the digest depends on her role. */
    public boolean wants(MailKind kind, boolean ownerOrOrganizer) {
        return switch (kind) {
            case YOUR_REQUEST, ACCOUNT_NOTICE -> true;
            case MEMBERSHIP -> membership;
            case REMINDER -> reminders;
            case DIGEST -> digest == null ? ownerOrOrganizer : digest;
            case CHANGES -> changes;
        };
    }
}
