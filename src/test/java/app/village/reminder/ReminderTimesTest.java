package app.village.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.notification.MailPreferences;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * When her reminders come, from her preferences, in the family's time zone. The night shift starts on Sunday,
 * March 29, 2026 at 19:00 in Berlin (17:00 UTC), the day the clocks go forward at 02:00.
 */
class ReminderTimesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NIGHT_STARTS = Instant.parse("2026-03-29T17:00:00Z");

    static MailPreferences preferences(boolean reminders, LocalTime eveningAt, Duration lead) {
        var defaults = MailPreferences.defaults();
        return new MailPreferences(defaults.membership(), reminders, defaults.digest(), defaults.changes(),
                eveningAt, lead, null, null, null);
    }

    @Test
    void theEveningBeforeComesAtSixInTheFamilysWinterTimeTheHourBeforeInSummerTime() {
        var defaults = MailPreferences.defaults();

        assertThat(ReminderTimes.latestCome(defaults, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-28T16:59:59Z")))
                .isEmpty();
        assertThat(ReminderTimes.latestCome(defaults, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-28T17:00:00Z")))
                .contains(new ReminderTimes.Due(ReminderMoment.EVENING_BEFORE, Instant.parse("2026-03-28T17:00:00Z")));
        assertThat(ReminderTimes.latestCome(defaults, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-29T15:59:59Z")))
                .map(ReminderTimes.Due::moment).contains(ReminderMoment.EVENING_BEFORE);
        assertThat(ReminderTimes.latestCome(defaults, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-29T16:00:00Z")))
                .contains(new ReminderTimes.Due(ReminderMoment.BEFORE_START, Instant.parse("2026-03-29T16:00:00Z")));
    }

    @Test
    void afterDowntimeOnlyTheLaterReminderComesAndNoneOnceItStarted() {
        var defaults = MailPreferences.defaults();

        assertThat(ReminderTimes.latestCome(defaults, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-29T16:30:00Z")))
                .map(ReminderTimes.Due::moment).contains(ReminderMoment.BEFORE_START);
        assertThat(ReminderTimes.latestCome(defaults, BERLIN, NIGHT_STARTS, NIGHT_STARTS)).isEmpty();
    }

    @Test
    void remindersTurnedOffComeNever() {
        var off = preferences(false, MailPreferences.DEFAULT_EVENING_BEFORE, MailPreferences.DEFAULT_BEFORE_START);

        assertThat(ReminderTimes.latestCome(off, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-28T17:30:00Z")))
                .isEmpty();
        assertThat(ReminderTimes.latestCome(off, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-29T16:30:00Z")))
                .isEmpty();
    }

    @Test
    void herOwnEveningTimeAndLeadAreHonored() {
        var hers = preferences(true, LocalTime.of(20, 30), Duration.ofHours(3));

        assertThat(ReminderTimes.latestCome(hers, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-28T19:29:00Z")))
                .isEmpty();
        assertThat(ReminderTimes.latestCome(hers, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-28T19:30:00Z")))
                .contains(new ReminderTimes.Due(ReminderMoment.EVENING_BEFORE, Instant.parse("2026-03-28T19:30:00Z")));
        assertThat(ReminderTimes.latestCome(hers, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-29T13:59:00Z")))
                .map(ReminderTimes.Due::moment).contains(ReminderMoment.EVENING_BEFORE);
        assertThat(ReminderTimes.latestCome(hers, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-29T14:00:00Z")))
                .contains(new ReminderTimes.Due(ReminderMoment.BEFORE_START, Instant.parse("2026-03-29T14:00:00Z")));
    }

    @Test
    void eitherReminderMayBeTurnedOffOnItsOwn() {
        var onlyEvening = preferences(true, LocalTime.of(18, 0), null);
        var onlyBefore = preferences(true, null, Duration.ofMinutes(30));

        assertThat(ReminderTimes.latestCome(onlyEvening, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-29T16:50:00Z")))
                .map(ReminderTimes.Due::moment).contains(ReminderMoment.EVENING_BEFORE);
        assertThat(ReminderTimes.latestCome(onlyBefore, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-28T18:00:00Z")))
                .isEmpty();
        assertThat(ReminderTimes.latestCome(onlyBefore, BERLIN, NIGHT_STARTS, Instant.parse("2026-03-29T16:30:00Z")))
                .map(ReminderTimes.Due::moment).contains(ReminderMoment.BEFORE_START);
    }

    @Test
    void acrossTheAutumnChangeTheEveningIsSixInSummerTimeAndTheHourBeforeInWinterTime() {
        var defaults = MailPreferences.defaults();
        var sunday = Instant.parse("2026-10-25T18:00:00Z"); // 19:00 in Berlin, after the clocks went back

        assertThat(ReminderTimes.latestCome(defaults, BERLIN, sunday, Instant.parse("2026-10-24T16:00:00Z")))
                .contains(new ReminderTimes.Due(ReminderMoment.EVENING_BEFORE, Instant.parse("2026-10-24T16:00:00Z")));
        assertThat(ReminderTimes.latestCome(defaults, BERLIN, sunday, Instant.parse("2026-10-25T17:00:00Z")))
                .contains(new ReminderTimes.Due(ReminderMoment.BEFORE_START, Instant.parse("2026-10-25T17:00:00Z")));
    }
}
