package app.village.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeTextsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void clockTimesAreTwelveHour() {
        assertThat(TimeTexts.time(LocalTime.of(20, 50))).isEqualTo("8:50 PM");
        assertThat(TimeTexts.time(LocalTime.of(8, 5))).isEqualTo("8:05 AM");
    }

    @Test
    void daysAndDatesReadAsOnEveryPage() {
        assertThat(TimeTexts.shortDay(TUESDAY)).isEqualTo("Tue, Dec 8");
        assertThat(TimeTexts.longDay(TUESDAY)).isEqualTo("Tuesday, December 8");
        assertThat(TimeTexts.dayHeading(TUESDAY)).isEqualTo("Tuesday, Dec 8");
        assertThat(TimeTexts.monthDay(TUESDAY)).isEqualTo("December 8");
        assertThat(TimeTexts.shortDate(TUESDAY)).isEqualTo("Dec 8, 2026");
        assertThat(TimeTexts.longDate(TUESDAY)).isEqualTo("December 8, 2026");
    }

    @Test
    void nearDaysAreNamedAndOthersWrittenShort() {
        assertThat(TimeTexts.relativeDay(TUESDAY, TUESDAY)).isEqualTo("Today");
        assertThat(TimeTexts.relativeDay(TUESDAY.plusDays(1), TUESDAY)).isEqualTo("Tomorrow");
        assertThat(TimeTexts.relativeDay(TUESDAY.minusDays(1), TUESDAY)).isEqualTo("Yesterday");
        assertThat(TimeTexts.relativeDay(TUESDAY.plusDays(2), TUESDAY)).isEqualTo("Thu, Dec 10");
    }

    @Test
    void aMomentIsShownInTheFamilysZoneWithTheYearOnlyWhenItIsAnotherYear() {
        var at = Instant.parse("2026-12-09T02:50:00Z");

        assertThat(TimeTexts.dayAndTime(at, CHICAGO, TUESDAY)).isEqualTo("Dec 8, 8:50 PM");
        assertThat(TimeTexts.dayAndTime(at, ZoneId.of("Europe/Berlin"), TUESDAY)).isEqualTo("Dec 9, 3:50 AM");
        assertThat(TimeTexts.dayAndTime(at, CHICAGO, LocalDate.of(2027, 1, 2))).isEqualTo("Dec 8, 2026, 8:50 PM");
    }

    @Test
    void theZoneIsTheCityAndItsShortName() {
        assertThat(TimeTexts.zoneName(CHICAGO)).isEqualTo("Chicago (CT)");
        assertThat(TimeTexts.zoneName(ZoneId.of("America/New_York"))).isEqualTo("New York (ET)");
    }

    @Test
    void anotherLocaleWritesItsOwnWords() {
        assertThat(TimeTexts.longDay(TUESDAY, Locale.GERMANY)).isEqualTo("Dienstag, Dezember 8");
        assertThat(TimeTexts.time(LocalTime.of(20, 50), Locale.US)).isEqualTo("8:50 PM");
    }
}
