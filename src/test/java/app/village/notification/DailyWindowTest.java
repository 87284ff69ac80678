package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DailyWindowTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final DailyWindow night = new DailyWindow(LocalTime.of(22, 0), LocalTime.of(6, 0), BERLIN);

    static Instant berlin(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toInstant();
    }

    @Test
    void aWindowAcrossMidnightEndsTheNextMorningWhenItBeganTheEveningBefore() {
        assertThat(night.endIfInside(berlin(2026, 12, 8, 22, 0))).contains(berlin(2026, 12, 9, 6, 0));
        assertThat(night.endIfInside(berlin(2026, 12, 9, 2, 0))).contains(berlin(2026, 12, 9, 6, 0));
        assertThat(night.endIfInside(berlin(2026, 12, 9, 6, 0))).isEmpty();
        assertThat(night.endIfInside(berlin(2026, 12, 8, 21, 59))).isEmpty();
    }

    @Test
    void aWindowInsideOneDayEndsThatDay() {
        var nap = new DailyWindow(LocalTime.of(13, 0), LocalTime.of(15, 30), BERLIN);

        assertThat(nap.endIfInside(berlin(2026, 12, 8, 14, 0))).contains(berlin(2026, 12, 8, 15, 30));
        assertThat(nap.endIfInside(berlin(2026, 12, 8, 12, 59))).isEmpty();
        assertThat(nap.endIfInside(berlin(2026, 12, 8, 15, 30))).isEmpty();
    }

    @Test
    void acrossAChangeOfTheClocksTheWindowEndsAtTheSameWallClockTime() {
        // Berlin goes to summer time on 28 March 2027 and back on 31 October 2027.
        assertThat(night.endIfInside(berlin(2027, 3, 27, 23, 0))).contains(Instant.parse("2027-03-28T04:00:00Z"));
        assertThat(night.endIfInside(berlin(2027, 10, 30, 23, 0))).contains(Instant.parse("2027-10-31T05:00:00Z"));
    }

    @Test
    void aWindowThatBeginsWhenItEndsHoldsNothing() {
        assertThat(new DailyWindow(LocalTime.of(22, 0), LocalTime.of(22, 0), BERLIN)
                .endIfInside(berlin(2026, 12, 8, 22, 0))).isEmpty();
    }
}
