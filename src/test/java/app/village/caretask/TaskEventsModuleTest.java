package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.TestClockConfiguration;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The care-task module on its own, with only the modules it depends on: each change published once, as exactly
 * the event the live pages and the bell will listen to, with the right ids; a refused call, or a tap that changes
 * nothing, publishes nothing. Every event also goes through the publication registry's serializer and back
 * unchanged (it is stored as JSON in {@code event_publication}).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith(SecurityContextOfThisApplication.class)
@RecordApplicationEvents
class TaskEventsModuleTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired FamilyService families;
    @Autowired SeriesRoller roller;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventSerializer serializer;
    @Autowired ApplicationEvents published;

    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    SpaceId space;
    LocalDate inTenDays;

    @BeforeEach
    void theRiveras() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        space = family.space();
        inTenDays = LocalDate.ofInstant(family.clock().instant(), ZoneOffset.UTC).plusDays(10);
        family.as(maya);
    }

    TaskId dinner() {
        return taskWrites.create(space, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", inTenDays, 60));
    }

    /** What the care-task module published since the last {@code clear()}, each checked to survive the registry. */
    List<Object> taskEvents() {
        var events = published.stream()
                .map(event -> event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event)
                .filter(event -> event.getClass().getPackageName().equals(TaskId.class.getPackageName()))
                .toList();
        events.forEach(event -> assertThat(serializer.deserialize(serializer.serialize(event), event.getClass()))
                .isEqualTo(event));
        return events;
    }

    /** The ids of the space's tasks with this title, soonest first: the order events promise. */
    List<UUID> idsOf(String title) {
        return taskReads.tasks(space).stream().filter(task -> task.title().equals(title))
                .sorted(Comparator.comparing(task -> Objects.requireNonNull(task.dueDate())))
                .map(task -> task.id().value()).toList();
    }

    @Test
    void addingATaskPublishesTaskAdded() {
        var dinner = dinner();

        assertThat(taskEvents()).containsExactly(new TaskAdded(space.value(), List.of(dinner.value()), maya.accountId()));
    }

    @Test
    void aRepeatingTaskIsOneEventListingItsDays() {
        var monday = inTenDays.with(DayOfWeek.MONDAY);
        taskWrites.create(space, TaskForm.weekly("Laundry", TaskCategory.HOUSEHOLD, "", monday,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), monday.plusDays(13), 30));

        var ids = idsOf("Laundry");
        assertThat(ids).hasSize(4);
        assertThat(taskEvents()).containsExactly(new TaskAdded(space.value(), ids, maya.accountId()));
    }

    @Test
    void claimingTellsWhoPostedIt(Scenario scenario) {
        var dinner = dinner();
        family.as(rose);
        published.clear();

        scenario.stimulate(() -> taskWrites.claim(space, dinner))
                .andWaitForEventOfType(TaskClaimed.class)
                .toArriveAndVerify(claimed -> assertThat(claimed)
                        .isEqualTo(new TaskClaimed(space.value(), dinner.value(), rose.accountId(), maya.accountId())));
        assertThat(taskEvents()).hasSize(1);

        published.clear();
        taskWrites.claim(space, dinner); // her second tap changes nothing
        assertThat(taskEvents()).isEmpty();
    }

    @Test
    void aClaimSomeoneElseWonPublishesNothing() {
        var dinner = dinner();
        family.as(rose);
        taskWrites.claim(space, dinner);
        family.as(leo);
        published.clear();

        assertThatThrownBy(() -> taskWrites.claim(space, dinner)).isInstanceOf(AlreadyTakenException.class);
        assertThat(taskEvents()).isEmpty();
    }

    @Test
    void handingBackAndMarkingDoneTellWhoPostedIt() {
        var dinner = dinner();
        family.as(rose);
        taskWrites.claim(space, dinner);
        published.clear();
        taskWrites.handBack(space, dinner);
        assertThat(taskEvents()).containsExactly(
                new TaskHandedBack(space.value(), dinner.value(), rose.accountId(), maya.accountId()));

        taskWrites.claim(space, dinner);
        published.clear();
        taskWrites.markDone(space, dinner, "Soup in the fridge");
        taskWrites.markDone(space, dinner, null); // already done: nothing more to say
        assertThat(taskEvents()).containsExactly(
                new TaskDone(space.value(), dinner.value(), rose.accountId(), maya.accountId()));
    }

    @Test
    void refusedHandBackMarkDoneAndAddPublishNothing() {
        var dinner = dinner();
        family.as(rose);
        taskWrites.claim(space, dinner);
        family.as(leo);
        published.clear();

        assertThatThrownBy(() -> taskWrites.handBack(space, dinner)).isInstanceOf(TaskProblem.class);
        assertThatThrownBy(() -> taskWrites.markDone(space, dinner, null)).isInstanceOf(TaskProblem.class);
        assertThatThrownBy(() -> taskWrites.create(space, TaskForm.once("Laundry", TaskCategory.HOUSEHOLD, "",
                inTenDays, 20))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> taskWrites.edit(space, dinner, TaskForm.once("Lunch", TaskCategory.MEALS, "",
                inTenDays, 20))).isInstanceOf(TaskProblem.class);
        assertThat(taskEvents()).isEmpty();
    }

    @Test
    void changingAndDeletingNameWhoHadTakenItOn() {
        var dinner = dinner();
        family.as(rose);
        taskWrites.claim(space, dinner);
        family.as(maya);
        published.clear();

        taskWrites.edit(space, dinner, TaskForm.once("Bring lunch", TaskCategory.MEALS, "", inTenDays, 60));
        assertThat(taskEvents()).containsExactly(
                new TaskChanged(space.value(), List.of(dinner.value()), maya.accountId(), List.of(rose.accountId())));

        published.clear();
        taskWrites.delete(space, dinner);
        assertThat(taskEvents()).containsExactly(
                new TaskDeleted(space.value(), List.of(dinner.value()), maya.accountId(), List.of(rose.accountId())));
    }

    @Test
    void stoppingARepeatingTaskIsOneEventForAllItsComingDays() {
        var monday = inTenDays.with(DayOfWeek.MONDAY);
        var first = taskWrites.create(space, TaskForm.weekly("Laundry", TaskCategory.HOUSEHOLD, "", monday,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), monday.plusDays(13), 30));
        // Tuesdays added later, so the days were not stored in the order they come.
        taskWrites.editSeries(space, first, TaskForm.weekly("Laundry", TaskCategory.HOUSEHOLD, "", monday,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), monday.plusDays(13), 30));
        var ids = idsOf("Laundry");
        assertThat(ids).hasSize(6);
        published.clear();

        taskWrites.stopRepeating(space, first);

        assertThat(taskEvents()).containsExactly(new TaskDeleted(space.value(), ids, maya.accountId(), List.of()));
    }

    @Test
    void whenSheLeavesEachTaskSheHadTakenOnIsHandedBackByHer(Scenario scenario) {
        var dinner = dinner();
        var laundry = taskWrites.create(space, TaskForm.once("Laundry", TaskCategory.HOUSEHOLD, "",
                inTenDays.minusDays(1), 20));
        var groceries = taskWrites.create(space, TaskForm.once("Groceries", TaskCategory.MEALS, "", inTenDays, 30));
        var walk = taskWrites.create(space, TaskForm.once("Walk", TaskCategory.HOUSEHOLD, "", inTenDays, 30));
        family.as(leo);
        taskWrites.claim(space, walk);
        family.as(rose);
        taskWrites.claim(space, dinner);
        taskWrites.claim(space, laundry);
        taskWrites.claim(space, groceries);
        taskWrites.markDone(space, groceries, null); // done: it keeps her name and is not handed back

        scenario.stimulate(() -> families.leave(space))
                .andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from care_task "
                        + "where assignee_id = ? and done_at is null", Integer.class, rose.accountId()),
                        held -> held == 0)
                .andVerifyEvents(events -> assertThat(events.ofType(TaskHandedBack.class)).containsExactly(
                        new TaskHandedBack(space.value(), laundry.value(), rose.accountId(), maya.accountId()),
                        new TaskHandedBack(space.value(), dinner.value(), rose.accountId(), maya.accountId())));
    }

    @Test
    void theRollForwardAddsEachSeriesNewDaysAsOneEventByNobody() {
        var monday = inTenDays.with(DayOfWeek.MONDAY);
        taskWrites.create(space, TaskForm.weekly("Laundry", TaskCategory.HOUSEHOLD, "", monday,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null, 30));
        var laidOut = idsOf("Laundry");
        family.clock().advance(Duration.ofDays(21));
        published.clear();

        roller.rollForward();

        var newDays = idsOf("Laundry").stream().filter(id -> !laidOut.contains(id)).toList();
        assertThat(newDays).isNotEmpty();
        assertThat(taskEvents()).filteredOn(event -> event instanceof TaskAdded added
                        && added.spaceId().equals(space.value()))
                .containsExactly(new TaskAdded(space.value(), newDays, null));
    }
}
