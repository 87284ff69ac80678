package app.village.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A shift's instants from a day and wall-clock times in the family's zone, without Spring or a database. */
class ShiftTimesTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final LocalDate MONDAY_DEC_7 = LocalDate.of(2026, 12, 7);

    @Test
    void aDayShiftStartsAndEndsThatDayInTheFamilysZone() {
        var times = ShiftTimes.of(MONDAY_DEC_7, time("09:00"), null, time("17:00"), CHICAGO);

        // Chicago is six hours behind UTC in December.
        assertEquals(Instant.parse("2026-12-07T15:00:00Z"), times.startsAt());
        assertEquals(Instant.parse("2026-12-07T23:00:00Z"), times.endsAt());
        assertEquals(Duration.ofHours(8), times.length());
        assertEquals(MONDAY_DEC_7, times.startDay());
    }

    @Test
    void theSameWallClockTimesAreOtherInstantsInAnotherZone() {
        var times = ShiftTimes.of(MONDAY_DEC_7, time("09:00"), null, time("17:00"), HELSINKI);

        assertEquals(Instant.parse("2026-12-07T07:00:00Z"), times.startsAt());
        assertEquals(Instant.parse("2026-12-07T15:00:00Z"), times.endsAt());
    }

    @Test
    void anEndBeforeTheStartIsTheNextMorning() {
        var times = ShiftTimes.of(MONDAY_DEC_7, time("22:00"), null, time("06:00"), CHICAGO);

        assertEquals(Instant.parse("2026-12-08T04:00:00Z"), times.startsAt());
        assertEquals(Instant.parse("2026-12-08T12:00:00Z"), times.endsAt());
        assertEquals(Duration.ofHours(8), times.length());
        assertEquals(MONDAY_DEC_7, times.startDay());
    }

    @Test
    void anEndAtTheStartTimeIsADayLater() {
        var times = ShiftTimes.of(MONDAY_DEC_7, time("08:00"), null, time("08:00"), CHICAGO);

        assertEquals(Duration.ofHours(24), times.length());
    }

    @Test
    void aGivenEndDayIsTakenAsItIs() {
        var friday = LocalDate.of(2026, 12, 11);
        var weekend = ShiftTimes.of(friday, time("18:00"), friday.plusDays(2), time("10:00"), CHICAGO);
        var sameDay = ShiftTimes.of(friday, time("09:00"), friday, time("17:00"), CHICAGO);

        assertEquals(Instant.parse("2026-12-13T16:00:00Z"), weekend.endsAt());
        assertEquals(Duration.ofHours(40), weekend.length());
        assertEquals(Duration.ofHours(8), sameDay.length());
    }

    @Test
    void aNightWhenTheClocksGoForwardIsAnHourShorter() {
        // Chicago: 2:00 becomes 3:00 on Sunday, March 8, 2026.
        var night = ShiftTimes.of(LocalDate.of(2026, 3, 7), time("22:00"), null, time("06:00"), CHICAGO);

        assertEquals(Instant.parse("2026-03-08T04:00:00Z"), night.startsAt());
        assertEquals(Instant.parse("2026-03-08T11:00:00Z"), night.endsAt());
        assertEquals(Duration.ofHours(7), night.length());
    }

    @Test
    void aNightWhenTheClocksGoBackIsAnHourLonger() {
        // Chicago: 2:00 becomes 1:00 again on Sunday, November 1, 2026.
        var night = ShiftTimes.of(LocalDate.of(2026, 10, 31), time("22:00"), null, time("06:00"), CHICAGO);

        assertEquals(Instant.parse("2026-11-01T03:00:00Z"), night.startsAt());
        assertEquals(Instant.parse("2026-11-01T12:00:00Z"), night.endsAt());
        assertEquals(Duration.ofHours(9), night.length());
    }

    @Test
    void theClockChangeFollowsTheFamilysZoneNotAnother() {
        // Helsinki changes on the last Sundays of March and October, weeks after and before Chicago.
        var spring = ShiftTimes.of(LocalDate.of(2026, 3, 28), time("22:00"), null, time("06:00"), HELSINKI);
        var autumn = ShiftTimes.of(LocalDate.of(2026, 10, 24), time("22:00"), null, time("06:00"), HELSINKI);
        var chicagoThatAutumnNight = ShiftTimes.of(LocalDate.of(2026, 10, 24), time("22:00"), null, time("06:00"),
                CHICAGO);

        assertEquals(Duration.ofHours(7), spring.length());
        assertEquals(Duration.ofHours(9), autumn.length());
        assertEquals(Duration.ofHours(8), chicagoThatAutumnNight.length());
    }

    @Test
    void aStartInTheSkippedHourBeginsWhenTheClockShowsItAgain() {
        // 2:30 does not happen on March 8 in Chicago: the shift starts at 3:30 daylight time.
        var times = ShiftTimes.of(LocalDate.of(2026, 3, 8), time("02:30"), null, time("05:00"), CHICAGO);

        assertEquals(Instant.parse("2026-03-08T08:30:00Z"), times.startsAt());
        assertEquals(Duration.ofMinutes(90), times.length());
    }

    @Test
    void aStartInTheRepeatedHourIsItsFirstTime() {
        // 1:30 happens twice on November 1 in Chicago: the first, still daylight time, counts.
        var times = ShiftTimes.of(LocalDate.of(2026, 11, 1), time("01:30"), null, time("03:00"), CHICAGO);

        assertEquals(Instant.parse("2026-11-01T06:30:00Z"), times.startsAt());
        assertEquals(Duration.ofMinutes(150), times.length());
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
