package app.village.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.village.account.AccountService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskId;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SeveralSessions;
import app.village.testsupport.SignedIn;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A member's calendar feed, fetched anonymously through the whole filter chain as a calendar app would, and
 * parsed with ical4j: exactly her shifts and the tasks she took on, in her family's time zone.
 */
@IntegrationTest
class CalendarFeedTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @RegisterExtension final FamilyFixture family = new FamilyFixture().named("Maya's family")
            .motherNamed("Maya Privatename").inZone("America/New_York");

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired ShiftService shifts;
    @Autowired CareTaskWriteService tasks;
    @Autowired CalendarFeedService feeds;
    @Autowired MutableClock clock;

    MockMvc http;
    LocalDate today;
    VillageUser maya;
    VillageUser rose;
    SpaceId space;
    ShiftId nightShift;
    ShiftId dayHelp;
    TaskId dinner;
    TaskId laundry;

    @BeforeEach
    void aFamilyInNewYorkAndAnother() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        today = LocalDate.now(NEW_YORK);
        maya = family.mother();
        space = family.space();
        rose = family.person("Rose Helper", FamilyRole.SUPPORTER);

        family.as(maya);
        nightShift = shifts.create(space, ShiftForm.of(ShiftKind.NIGHT, today.plusDays(2), LocalTime.of(22, 0),
                LocalTime.of(6, 0)));
        dayHelp = shifts.create(space, ShiftForm.of(ShiftKind.DAY_HELP, today.plusDays(3), LocalTime.of(10, 0),
                LocalTime.of(14, 30)));
        var shiftSheDidNotTake = shifts.create(space, ShiftForm.of(ShiftKind.VISIT, today.plusDays(4),
                LocalTime.of(15, 0), LocalTime.of(16, 0)));
        dinner = tasks.create(space, TaskForm.once("Bring dinner", TaskCategory.MEALS, "No nuts, please",
                today.plusDays(2), 60).withTimes(LocalTime.of(18, 0), LocalTime.of(19, 15)));
        laundry = tasks.create(space, TaskForm.once("Laundry", TaskCategory.HOUSEHOLD, "", today.plusDays(3), 45));
        tasks.create(space, TaskForm.once("Open errand nobody took", TaskCategory.ERRANDS, "", today.plusDays(2),
                30));
        assertThat(shiftSheDidNotTake).isNotNull();

        family.as(rose);
        shifts.signUp(space, nightShift);
        shifts.signUp(space, dayHelp);
        tasks.claim(space, dinner);
        tasks.claim(space, laundry);

        // Another family, where Rose isn't: its owner's own shift and task must stay out of Rose's feed.
        var lena = family.stranger("Lena Othername");
        family.as(lena);
        var otherFamily = families.createSpace(SpaceForm.named("The other family", "Europe/Berlin"));
        var otherShift = shifts.create(otherFamily, ShiftForm.of(ShiftKind.NIGHT, today.plusDays(2),
                LocalTime.of(21, 0), LocalTime.of(5, 0)));
        shifts.signUp(otherFamily, otherShift);
        var otherTask = tasks.create(otherFamily, TaskForm.once("Secretword shopping", TaskCategory.ERRANDS, "",
                today.plusDays(2), 30));
        tasks.claim(otherFamily, otherTask);
    }

    @Test
    void theFeedHoldsExactlyHerShiftsAndClaimedTasksInHerFamilysTimeZone() throws Exception {
        family.as(rose);
        var response = fetch(feeds.newFeedAddress());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        var calendar = parse(response);
        var events = eventsByUid(calendar);
        assertThat(events).containsOnlyKeys(uid(nightShift), uid(dayHelp), uid(dinner), uid(laundry));

        // The night shift runs across midnight, in New York time, whatever the server's zone.
        var night = events.get(uid(nightShift));
        assertThat(summary(night)).isEqualTo("Night shift");
        assertTimed(night.getDateTimeStart(), today.plusDays(2).atTime(22, 0));
        assertTimed(night.getDateTimeEnd(), today.plusDays(3).atTime(6, 0));
        assertTimed(events.get(uid(dayHelp)).getDateTimeStart(), today.plusDays(3).atTime(10, 0));
        assertTimed(events.get(uid(dayHelp)).getDateTimeEnd(), today.plusDays(3).atTime(14, 30));

        var dinnerEvent = events.get(uid(dinner));
        assertThat(summary(dinnerEvent)).isEqualTo("Bring dinner");
        assertThat(dinnerEvent.getDescription().getValue()).isEqualTo("No nuts, please");
        assertTimed(dinnerEvent.getDateTimeStart(), today.plusDays(2).atTime(18, 0));
        assertTimed(dinnerEvent.getDateTimeEnd(), today.plusDays(2).atTime(19, 15));

        // A task without a time is an all-day event on its day.
        var laundryEvent = events.get(uid(laundry));
        assertThat(laundryEvent.getDateTimeStart().getDate()).isEqualTo(today.plusDays(3));
        assertThat(laundryEvent.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(laundryEvent.getDateTimeEnd().getDate()).isEqualTo(today.plusDays(4));

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
                .extracting(zone -> zone.getTimeZoneId().getValue()).containsExactly("America/New_York");
        assertThat(night.getDateStamp().orElseThrow().getDate()).isEqualTo(clock.instant());
        calendar.validate();

        var body = response.getContentAsString();
        assertThat(body).doesNotContain("Secretword", "Lena", "Othername", "Privatename", "@village.example",
                "Open errand");
    }

    @Test
    void theFeedIsServedWithoutASessionOrCachingAndWithoutReferrer() throws Exception {
        family.as(rose);
        var address = feeds.newFeedAddress();
        SignedIn.nobody();

        var result = http.perform(get(pathOf(address))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store").contains("private");
        assertThat(result.getResponse().getHeaders("Referrer-Policy")).containsExactly("no-referrer");
    }

    @Test
    void aCancelledShiftDisappearsFromTheFeed() throws Exception {
        family.as(rose);
        var address = feeds.newFeedAddress();
        family.as(maya);
        shifts.cancel(space, nightShift);

        assertThat(eventsByUid(parse(fetch(address)))).containsOnlyKeys(uid(dayHelp), uid(dinner), uid(laundry));
    }

    @Test
    void aNewAddressReplacesTheOldOneWhichThenAnswers404() throws Exception {
        family.as(rose);
        var first = feeds.newFeedAddress();
        var second = feeds.newFeedAddress();

        assertThat(second).isNotEqualTo(first);
        var old = fetch(first);
        assertThat(old.getStatus()).isEqualTo(404);
        assertThat(old.getContentAsString()).isEmpty();
        assertThat(fetch(second).getStatus()).isEqualTo(200);
    }

    @Test
    void anAddressIsA256BitTokenUnderThePublicAddress() {
        family.as(rose);
        var address = feeds.newFeedAddress();

        assertThat(address).matches("https?://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics");
    }

    @Test
    void unknownOrMalformedTokensAnswer404WithNoBody() throws Exception {
        for (var path : List.of("/calendar/" + "A".repeat(43) + ".ics", "/calendar/short.ics",
                "/calendar/" + "A".repeat(42) + "~.ics")) {
            var response = http.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).as(path).isEmpty();
        }
    }

    @Test
    void aTurnedOffAddressAnswers404() throws Exception {
        family.as(rose);
        var address = feeds.newFeedAddress();
        assertThat(feeds.hasFeed()).isTrue();

        feeds.stopFeed();

        assertThat(feeds.hasFeed()).isFalse();
        assertThat(fetch(address).getStatus()).isEqualTo(404);
    }

    @Test
    void aDeletedAccountsAddressAnswers404() throws Exception {
        family.as(rose);
        var address = feeds.newFeedAddress();

        accounts.deleteMyAccount(FamilyTestData.PASSWORD);

        assertThat(fetch(address).getStatus()).isEqualTo(404);
    }

    @Test
    void aSpaceSheLeftDropsOutOfHerFeedAndHerOtherFamilyStays() throws Exception {
        var sister = family.stranger("Sister");
        var sistersFamily = family.spaceOf(sister, "Sister's family");
        family.join(sister, sistersFamily, rose, FamilyRole.SUPPORTER);
        family.as(sister);
        var sistersShift = shifts.create(sistersFamily, ShiftForm.of(ShiftKind.DAY_HELP, today.plusDays(6),
                LocalTime.of(9, 0), LocalTime.of(11, 0)));
        family.as(rose);
        shifts.signUp(sistersFamily, sistersShift);
        var address = feeds.newFeedAddress();
        assertThat(eventsByUid(parse(fetch(address)))).containsKeys(uid(nightShift), uid(dinner), uid(sistersShift));

        family.as(rose);
        families.leave(space);
        var response = fetch(address);

        assertThat(response.getStatus()).isEqualTo(200);
        var events = eventsByUid(parse(response));
        assertThat(events).containsOnlyKeys(uid(sistersShift));
        assertThat(events.get(uid(sistersShift)).getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Helsinki");
        assertThat(response.getContentAsString()).doesNotContain("Night shift", "Bring dinner", "America/New_York");
    }

    @Test
    void doneTasksLeaveTheFeedAndATaskWithoutAnEndLastsItsEffort() throws Exception {
        family.as(maya);
        var walk = tasks.create(space, TaskForm.once("Walk the dog", TaskCategory.ERRANDS, "", today.plusDays(5), 40)
                .withTimes(LocalTime.of(7, 30), null));
        var someday = tasks.create(space, TaskForm.once("Fix the pram", TaskCategory.ERRANDS, "", null, 30));
        family.as(rose);
        tasks.claim(space, walk);
        tasks.claim(space, someday);
        tasks.markDone(space, dinner, null);

        var events = eventsByUid(parse(fetch(feeds.newFeedAddress())));

        assertThat(events).containsOnlyKeys(uid(nightShift), uid(dayHelp), uid(laundry), uid(walk));
        assertTimed(events.get(uid(walk)).getDateTimeStart(), today.plusDays(5).atTime(7, 30));
        assertTimed(events.get(uid(walk)).getDateTimeEnd(), today.plusDays(5).atTime(8, 10));
    }

    @Test
    void pastShiftsStayForThirtyDaysThenLeave() throws Exception {
        family.as(rose);
        var address = feeds.newFeedAddress();

        clock.set(today.plusDays(3).atTime(12, 0).atZone(NEW_YORK).plusDays(29).toInstant());
        assertThat(eventsByUid(parse(fetch(address)))).containsKeys(uid(nightShift), uid(dayHelp));

        clock.set(today.plusDays(3).atTime(15, 0).atZone(NEW_YORK).plusDays(31).toInstant());
        assertThat(eventsByUid(parse(fetch(address)))).doesNotContainKeys(uid(nightShift), uid(dayHelp));
    }

    @Test
    void nobodySignedOutGetsAnAddress() {
        SignedIn.nobody();

        assertThatThrownBy(feeds::newFeedAddress).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void herSessionsAskingForANewAddressAtOnceAllGetOneAndTheLastOneWorks() throws Exception {
        var addresses = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var failures = SeveralSessions.atOnce(6, rose, session -> addresses.add(feeds.newFeedAddress()));

        assertThat(failures).isEmpty();
        assertThat(addresses).hasSize(6).doesNotHaveDuplicates();
        // As if she had pressed the button six times: the address made last works, the others don't.
        int working = 0;
        for (var address : addresses) {
            if (fetch(address).getStatus() == 200) {
                working++;
            }
        }
        assertThat(working).isEqualTo(1);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private MockHttpServletResponse fetch(String address) throws Exception {
        SignedIn.nobody(); // a calendar app has no session and no login
        return http.perform(get(pathOf(address))).andReturn().getResponse();
    }

    private static String pathOf(String address) {
        return address.substring(address.indexOf("/calendar/"));
    }

    private static Calendar parse(MockHttpServletResponse response) throws Exception {
        return new CalendarBuilder().build(new StringReader(response.getContentAsString()));
    }

    private static Map<String, VEvent> eventsByUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(event -> event.getUid().orElseThrow().getValue(), Function.identity()));
    }

    private static String uid(Object id) {
        return id + "@village";
    }

    private static String summary(VEvent event) {
        return event.getSummary().getValue();
    }

    /** Written with TZID=America/New_York at this wall-clock time, and meaning the right moment. */
    private static void assertTimed(DateProperty<?> property, LocalDateTime local) {
        assertThat(property.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
        var when = (ZonedDateTime) property.getDate();
        assertThat(when.toLocalDateTime()).isEqualTo(local);
        assertThat(when.toInstant()).isEqualTo(local.atZone(NEW_YORK).toInstant());
    }
}
