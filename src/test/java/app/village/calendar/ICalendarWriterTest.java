package app.village.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.CalendarTask;
import app.village.shift.CalendarShift;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The iCalendar text itself: time zones, all-day events and what a calendar app needs to subscribe. */
class ICalendarWriterTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final ICalendarWriter writer = new ICalendarWriter();

    @Test
    void eachZoneInUseGetsOneVTimeZoneAndEveryTimeNamesIt() throws Exception {
        var newYork = UUID.randomUUID();
        var helsinki = UUID.randomUUID();
        // Across the change to summer time in New York (8 March 2026): the offsets differ, the wall clock doesn't.
        var before = shift(newYork, ZonedDateTime.of(2026, 3, 7, 22, 0, 0, 0, ZoneId.of("America/New_York")));
        var after = shift(newYork, ZonedDateTime.of(2026, 3, 14, 22, 0, 0, 0, ZoneId.of("America/New_York")));
        var finnish = shift(helsinki, ZonedDateTime.of(2026, 3, 7, 9, 0, 0, 0, ZoneId.of("Europe/Helsinki")));

        var text = writer.write(List.of(before, after, finnish), List.of(),
                Map.of(newYork, ZoneId.of("America/New_York"), helsinki, ZoneId.of("Europe/Helsinki")), NOW);

        assertThat(text).contains("DTSTART;TZID=America/New_York:20260307T220000",
                "DTSTART;TZID=America/New_York:20260314T220000", "DTSTART;TZID=Europe/Helsinki:20260307T090000");
        var calendar = parse(text);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactlyInAnyOrder("America/New_York", "Europe/Helsinki");
        assertThat(startOf(calendar, before.id())).isEqualTo(before.startsAt());
        assertThat(startOf(calendar, after.id())).isEqualTo(after.startsAt());
        assertThat(startOf(calendar, finnish.id())).isEqualTo(finnish.startsAt());
        calendar.validate();
    }

    @Test
    void anOldZoneNameIsWrittenUnderItsCurrentNameMatchingItsVTimeZone() throws Exception {
        var space = UUID.randomUUID();
        var night = shift(space, ZonedDateTime.of(2026, 7, 1, 22, 0, 0, 0, ZoneId.of("America/New_York")));

        var text = writer.write(List.of(night), List.of(), Map.of(space, ZoneId.of("US/Eastern")), NOW);

        var calendar = parse(text);
        var tzids = calendar.<VTimeZone>getComponents("VTIMEZONE").stream()
                .map(zone -> zone.getTimeZoneId().getValue()).toList();
        assertThat(tzids).hasSize(1);
        assertThat(text).contains("DTSTART;TZID=" + tzids.getFirst() + ":20260701T220000");
        assertThat(startOf(calendar, night.id())).isEqualTo(night.startsAt());
    }

    @Test
    void aZoneWithoutADefinitionIsWrittenInUtc() throws Exception {
        var space = UUID.randomUUID();
        var start = Instant.parse("2026-07-01T20:00:00Z");
        var shift = new CalendarShift(UUID.randomUUID(), space, "Visit", null, start, start.plusSeconds(3600));

        var text = writer.write(List.of(shift), List.of(), Map.of(space, ZoneOffset.ofHours(3)), NOW);

        assertThat(text).contains("DTSTART:20260701T200000Z").doesNotContain("BEGIN:VTIMEZONE");
        assertThat(startOf(parse(text), shift.id())).isEqualTo(start);
    }

    @Test
    void allDayTasksNeedNoTimeZoneAndDontMarkTheDayBusy() throws Exception {
        var space = UUID.randomUUID();
        var task = new CalendarTask(UUID.randomUUID(), space, "Laundry", null, LocalDate.of(2026, 3, 9), null, null, 30);

        var text = writer.write(List.of(), List.of(task), Map.of(space, ZoneId.of("America/New_York")), NOW);

        assertThat(text).contains("DTSTART;VALUE=DATE:20260309", "DTEND;VALUE=DATE:20260310", "TRANSP:TRANSPARENT")
                .doesNotContain("BEGIN:VTIMEZONE");
        parse(text).validate();
    }

    @Test
    void theCalendarNamesItselfAndAsksToBeCheckedHourly() {
        var space = UUID.randomUUID();
        var task = new CalendarTask(UUID.randomUUID(), space, "Bring dinner", "Soup; bread, please",
                LocalDate.of(2026, 3, 9), LocalTime.of(18, 0), null, 45);

        var text = writer.write(List.of(), List.of(task), Map.of(space, ZoneId.of("Europe/Helsinki")), NOW);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0", "PRODID:-//Village//Calendar feed//EN",
                "METHOD:PUBLISH", "X-WR-CALNAME:Village", "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
                "X-PUBLISHED-TTL:PT1H", "UID:" + task.id() + "@village", "DTSTAMP:20260301T120000Z",
                "DTEND;TZID=Europe/Helsinki:20260309T184500", "DESCRIPTION:Soup\\; bread\\, please");
    }

    private static CalendarShift shift(UUID space, ZonedDateTime start) {
        return new CalendarShift(UUID.randomUUID(), space, "Night shift", null, start.toInstant(),
                start.plusHours(8).toInstant());
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Instant startOf(Calendar calendar, UUID id) {
        var event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(candidate -> candidate.getUid().orElseThrow().getValue().equals(id + "@village"))
                .findFirst().orElseThrow();
        return Instant.from(event.getDateTimeStart().getDate());
    }
}
