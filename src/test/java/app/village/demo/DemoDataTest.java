package app.village.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.FairShareService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskStatus;
import app.village.caretask.TaskSummary;
import app.village.family.FamilyService;
import app.village.family.InvitationService;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.shift.Handoff;
import app.village.shift.OfferSummary;
import app.village.shift.RestActivity;
import app.village.shift.ShiftKind;
import app.village.shift.BreakService;
import app.village.shift.HandoffService;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import app.village.shift.ShiftSummary;
import app.village.shift.SleepCover;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import app.village.update.UpdateService;
import app.village.update.UpdateSummary;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo seed loads through the services without breaking a rule, and a newcomer signing in as Maya finds
 * a living picture: tasks done, taken on and still open, everyone with a share, and a week of shifts with her
 * sleep covered, a break taken, an offer waiting for her answer and a handoff to read.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the demo people can register only once per database
class DemoDataTest {

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired FairShareService fairShares;
    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired HandoffService handoffService;
    @Autowired RestService restService;
    @Autowired UpdateService updates;
    @Autowired Clock clock;

    DemoSeed.DemoFamily family;
    Map<String, VillageUser> people;
    SpaceId space;
    ZoneId zone;
    LocalDate today;

    @BeforeEach
    void loadTheDemoOnce() {
        // Here rather than in @BeforeAll: the security context of this application is set before each test.
        // The loader runs by hand: the test context shares one database, never empty, so run() would skip.
        if (space == null) {
            family = DemoSeed.read();
            var demo = new DemoData(accounts, families, invitations, taskWrites, taskReads, shifts,
                    breakService, restService, handoffService, updates, clock);
            people = demo.register(family);
            space = demo.loadSpace(family.space(), people);
            zone = ZoneId.of(family.space().timeZone());
            today = clock.instant().atZone(zone).toLocalDate();
        }
        var maya = people.get("maya@village.example");
        SignedIn.as(maya.accountId(), maya.displayName());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theFamilySeesMayasPinnedUpdateAboveGrandmaRosesNote() {
        var home = updates.onHome(space);

        assertThat(home.pinned()).isNotNull();
        assertThat(home.pinned().posterName()).isEqualTo("Maya Rivera");
        assertThat(home.pinned().text()).startsWith("We're home and slowly finding our rhythm.");
        assertThat(home.newest()).extracting(UpdateSummary::posterName).contains("Grandma Rose");
    }

    @Test
    void theDemoFamilyHasCareTasksDoneTakenOnAndOpenAndEveryoneHasAShare() {
        var tasks = taskReads.tasks(space);

        var dinners = titled(tasks, "Bring dinner for the family");
        assertThat(dinners).hasSize(18).allMatch(t -> t.category() == TaskCategory.MEALS && t.repeating());
        assertThat(dinners).filteredOn(t -> t.status() == TaskStatus.DONE)
                .extracting(TaskSummary::assigneeName).containsExactly("Grandma Rose", "Aunt Lucia", "Grandma Rose");
        assertThat(dinners).filteredOn(t -> !t.dueDate().isBefore(today)).first()
                .returns(TaskStatus.CLAIMED, TaskSummary::status).returns("Aunt Lucia", TaskSummary::assigneeName);
        assertThat(titled(tasks, "Bring Maya water and a snack during the 3 a.m. feed"))
                .filteredOn(t -> t.status() == TaskStatus.DONE).hasSize(5)
                .allMatch(t -> "Daniel Rivera".equals(t.assigneeName()));
        assertThat(titled(tasks, "Pick up an order at the pharmacy")).singleElement()
                .returns(TaskStatus.CLAIMED, TaskSummary::status).returns("Aunt Lucia", TaskSummary::assigneeName);
        assertThat(tasks).extracting(TaskSummary::category).contains(TaskCategory.values());
        assertThat(tasks).filteredOn(TaskSummary::forMother).extracting(TaskSummary::title).as("care for Maya")
                .contains("Bring Maya water and a snack during the 3 a.m. feed",
                        "Hold Luna after the evening feed so Maya can eat in peace",
                        "Short visit: keep Maya company over a cup of tea")
                .doesNotContain("Fold and put away the baby laundry");
        assertThat(tasks).filteredOn(TaskSummary::forMother).noneMatch(TaskSummary::mayClaim);

        var myDay = taskReads.today(space);
        assertThat(myDay.open()).anyMatch(t -> t.dueDate() == null)
                .anyMatch(t -> today.equals(t.dueDate()) || today.plusDays(1).equals(t.dueDate()));
        assertThat(myDay.mine()).extracting(TaskSummary::title).contains("Write thank-you cards for the baby gifts");

        var lastWeek = fairShares.fairShare(space).lastWeek();
        assertThat(lastWeek).hasSize(4).allMatch(share -> share.minutes() > 0);
        assertThat(lastWeek).filteredOn(share -> share.name().equals("Daniel Rivera")).singleElement()
                .as("five nights at 15 minutes, counted double").returns(150, share -> share.minutes());
    }

    @Test
    void mayaHasHerSleepCoveredTonightDayHelpABreakTakenAnOfferToAnswerAndAHandoffToRead() {
        var cover = restService.sleepCover(space);
        assertThat(cover.start()).isEqualTo(LocalTime.of(23, 0));
        assertThat(cover.end()).isEqualTo(LocalTime.of(4, 0));
        var tonight = cover.nights().getFirst();
        assertThat(tonight).returns(today, SleepCover.Night::day).returns(true, SleepCover.Night::covered)
                .returns(List.of("Daniel Rivera"), SleepCover.Night::helpers);
        assertThat(cover.nights()).filteredOn(night -> night.day().equals(today.plusDays(1))).singleElement()
                .returns(false, SleepCover.Night::covered);
        assertThat(cover.nights()).filteredOn(night -> night.day().equals(today.plusDays(2))).singleElement()
                .returns(List.of("Daniel Rivera"), SleepCover.Night::helpers);

        var coming = shifts.between(space, today, today.plusDays(28), false);
        var dayHelp = coming.stream().filter(shift -> shift.kind() == ShiftKind.DAY_HELP).toList();
        assertThat(dayHelp).as("Tuesdays and Thursdays for four weeks from tomorrow").hasSize(8)
                .allMatch(shift -> shift.start().getDayOfWeek() == DayOfWeek.TUESDAY
                        || shift.start().getDayOfWeek() == DayOfWeek.THURSDAY)
                .allMatch(shift -> shift.start().toLocalTime().equals(LocalTime.of(10, 0))
                        && shift.end().toLocalTime().equals(LocalTime.of(13, 0)))
                .allMatch(shift -> shift.start().toLocalDate().isAfter(today));
        assertThat(dayHelp).extracting(ShiftSummary::helpers).containsExactly(List.of("Grandma Rose"),
                List.of("Grandma Rose"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        var saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        assertThat(coming).filteredOn(shift -> shift.kind() == ShiftKind.RESPITE).singleElement()
                .returns(saturday.atTime(14, 0).atZone(zone), ShiftSummary::start)
                .returns(saturday.atTime(16, 0).atZone(zone), ShiftSummary::end)
                .returns(RestActivity.SLEEP, ShiftSummary::activity)
                .returns(List.of("Aunt Lucia"), ShiftSummary::helpers)
                .returns(true, ShiftSummary::isFilled);

        var sunday = today.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        assertThat(breakService.openOffers(space)).singleElement()
                .returns("Aunt Lucia", OfferSummary::offeredBy)
                .returns(sunday.atTime(10, 0).atZone(zone), OfferSummary::start)
                .returns(sunday.atTime(12, 0).atZone(zone), OfferSummary::end)
                .returns(false, OfferSummary::mine);

        // Nobody can sign up for a night that is over, so Daniel's handoff is on tonight's night.
        var handoff = handoffService.latestHandoffs(space, 5);
        assertThat(handoff).singleElement()
                .returns("Daniel Rivera", Handoff::author)
                .returns(tonight.shiftId(), Handoff::shiftId)
                .satisfies(note -> {
                    assertThat(note.content().lastFeedAt()).isEqualTo(LocalTime.of(3, 10));
                    assertThat(note.content().lastFeed()).contains("Left side");
                    assertThat(note.content().nappies()).isNotBlank();
                    assertThat(note.content().sleep()).isNotBlank();
                    assertThat(note.content().watchFor()).isNotBlank();
                });
        assertThat(shifts.shift(space, tonight.shiftId()).handoffs()).extracting(Handoff::author)
                .containsExactly("Daniel Rivera");

        var tonightsShift = shifts.shift(space, tonight.shiftId()).shift();
        var rest = restService.restThisWeek(space);
        assertThat(rest.coveredNights()).as("tonight, at least").isPositive();
        assertThat(rest.rest()).isGreaterThanOrEqualTo(Duration.between(tonightsShift.start(), tonightsShift.end()));
    }

    private static List<TaskSummary> titled(List<TaskSummary> tasks, String title) {
        return tasks.stream().filter(t -> t.title().equals(title)).toList();
    }
}
