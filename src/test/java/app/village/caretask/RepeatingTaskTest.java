package app.village.caretask;

import app.village.base.Repeat;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Repeating tasks: which days a rule gives, how far ahead they exist, and what editing, stopping and the
 * roll-forward do to them. The clock stands on a Monday at noon in Helsinki, so weekdays are predictable.
 */
@IntegrationTest
class RepeatingTaskTest {

    static final Set<DayOfWeek> MON_WED_FRI = Set.of(MONDAY, WEDNESDAY, FRIDAY);

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired SeriesRoller roller;
    @Autowired CareTaskSettings settings;
    @Autowired MutableClock clock;

    LocalDate today;
    VillageUser maya;
    VillageUser rose;
    SpaceId space;

    @BeforeEach
    void aFamilyOnAMonday() {
        today = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(MONDAY));
        // 10:00 UTC is noon or 13:00 in Helsinki: the same date for the family and for UTC.
        clock.set(today.atTime(10, 0).toInstant(ZoneOffset.UTC));
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        space = family.space();
        family.as(maya);
    }

    static TaskForm dinner(LocalDate firstDay, Set<DayOfWeek> days, LocalDate until) {
        return TaskForm.weekly("Dinner", TaskCategory.MEALS, "", firstDay, days, until, 60);
    }

    static TaskForm every(Repeat repeat, int days, String title, LocalDate firstDay, LocalDate until) {
        return TaskForm.once(title, TaskCategory.HOUSEHOLD, "", firstDay, 20).withRepeat(repeat, null, days, until);
    }

    List<TaskSummary> all() {
        return taskReads.tasks(space);
    }

    List<LocalDate> datesOf(String title) {
        return all().stream().filter(t -> t.title().equals(title)).map(TaskSummary::dueDate).toList();
    }

    TaskSummary on(LocalDate day) {
        var found = all().stream().filter(t -> day.equals(t.dueDate())).toList();
        assertThat(found).as("tasks on %s", day).hasSize(1);
        return found.getFirst();
    }

    static List<LocalDate> days(LocalDate from, LocalDate through, Set<DayOfWeek> weekdays) {
        return from.datesUntil(through.plusDays(1)).filter(d -> weekdays.contains(d.getDayOfWeek())).toList();
    }

    void claimAndFinish(VillageUser who, TaskId task) {
        family.as(who);
        taskWrites.claim(space, task);
        taskWrites.markDone(space, task, null);
        family.as(maya);
    }

    @Test
    void aWeeklyDinnerOnMondayWednesdayAndFridayForSixWeeksFallsOnExactlyThoseEighteenDays() {
        var first = taskWrites.create(space, dinner(today, MON_WED_FRI, today.plusWeeks(6).minusDays(1)));

        var expected = new ArrayList<LocalDate>();
        for (int week = 0; week < 6; week++) {
            var monday = today.plusWeeks(week);
            expected.addAll(List.of(monday, monday.plusDays(2), monday.plusDays(4)));
        }
        assertThat(datesOf("Dinner")).hasSize(18).containsExactlyElementsOf(expected);
        assertThat(all()).allSatisfy(t -> {
            assertThat(t.repeating()).isTrue();
            assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(t.effortMinutes()).isEqualTo(60);
        });
        var details = taskReads.task(space, first);
        assertThat(details.task().dueDate()).isEqualTo(today);
        assertThat(details.repeatRule()).isEqualTo("Every Mon, Wed, Fri until "
                + today.plusWeeks(6).minusDays(1).format(DateTimeFormatter.ofPattern("MMM d", Locale.US)));
    }

    @Test
    void aDinnerWithoutAnEndExistsUpToDaysAheadAndNoFurther() {
        assertThat(settings.daysAhead()).isEqualTo(56);

        taskWrites.create(space, dinner(today, MON_WED_FRI, null));

        var horizon = today.plusDays(settings.daysAhead());
        assertThat(horizon.getDayOfWeek()).isEqualTo(MONDAY);
        assertThat(datesOf("Dinner")).containsExactlyElementsOf(days(today, horizon, MON_WED_FRI))
                .hasSize(25)
                .last().isEqualTo(horizon);
    }

    @Test
    void dailyAndEveryThirdDayRulesGiveTheirDays() {
        taskWrites.create(space, every(Repeat.DAILY, 2, "Laundry", today, today.plusDays(9)));
        taskWrites.create(space, every(Repeat.EVERY_N_DAYS, 3, "Groceries", today.plusDays(1), null));

        assertThat(datesOf("Laundry")).containsExactlyElementsOf(today.datesUntil(today.plusDays(10)).toList());
        var groceries = datesOf("Groceries");
        assertThat(groceries).first().isEqualTo(today.plusDays(1));
        assertThat(groceries).containsExactlyElementsOf(
                today.plusDays(1).datesUntil(today.plusDays(settings.daysAhead() + 1), Period.ofDays(3))
                        .toList());
        assertThat(groceries).last().isEqualTo(today.plusDays(55));
    }

    @Test
    void aLateFirstDayStillGetsAMonthOfDays() {
        var firstDay = today.plusDays(50);
        taskWrites.create(space, every(Repeat.EVERY_N_DAYS, 30, "Pay the rent", firstDay, null));

        assertThat(datesOf("Pay the rent")).containsExactly(firstDay, firstDay.plusDays(30));
    }

    @Test
    void eachDayIsClaimedAndDoneOnItsOwn() {
        taskWrites.create(space, every(Repeat.DAILY, 2, "Laundry", today, today.plusDays(2)));
        var days = all();

        family.as(rose);
        taskWrites.claim(space, days.get(1).id());
        taskWrites.markDone(space, days.get(1).id(), "Folded too");
        family.as(maya);
        taskWrites.claim(space, days.get(0).id());

        family.as(rose);
        assertThat(all()).extracting(TaskSummary::dueDate, TaskSummary::status, TaskSummary::assigneeName,
                TaskSummary::doneNote).containsExactly(
                        tuple(today, TaskStatus.CLAIMED, "Maya", null),
                        tuple(today.plusDays(1), TaskStatus.DONE, "you", "Folded too"),
                        tuple(today.plusDays(2), TaskStatus.OPEN, null, null));
    }

    @Test
    void changingTheSeriesRewordsComingDaysButKeepsThePastAndWhatIsDone() {
        var lastWeek = today.minusWeeks(1);
        taskWrites.create(space, dinner(lastWeek, MON_WED_FRI, null));
        claimAndFinish(rose, on(lastWeek.plusDays(2)).id()); // last Wednesday, done
        claimAndFinish(rose, on(today).id()); // this morning's dinner, done
        claimAndFinish(rose, on(today.plusWeeks(1)).id()); // next Monday's, done early
        family.as(rose);
        taskWrites.claim(space, on(today.plusDays(2)).id()); // Wednesday: stays in the new rule
        taskWrites.claim(space, on(today.plusDays(4)).id()); // Friday: dropped by the new rule
        var wednesday = on(today.plusDays(2)).id();
        family.as(maya);

        taskWrites.editSeries(space, on(today.plusDays(9)).id(),
                TaskForm.weekly("Warm dinner", TaskCategory.MEALS, "No nuts", lastWeek, Set.of(MONDAY, WEDNESDAY),
                        null, 90));

        var tasks = all();
        assertThat(tasks).filteredOn(t -> t.dueDate().isBefore(today))
                .extracting(TaskSummary::dueDate, TaskSummary::title, TaskSummary::effortMinutes, TaskSummary::status)
                .containsExactly(
                        tuple(lastWeek, "Dinner", 60, TaskStatus.OPEN),
                        tuple(lastWeek.plusDays(2), "Dinner", 60, TaskStatus.DONE),
                        tuple(lastWeek.plusDays(4), "Dinner", 60, TaskStatus.OPEN));
        assertThat(tasks).filteredOn(t -> t.status() == TaskStatus.DONE && !t.dueDate().isBefore(today))
                .extracting(TaskSummary::dueDate, TaskSummary::title, TaskSummary::effortMinutes)
                .containsExactly(tuple(today, "Dinner", 60), tuple(today.plusWeeks(1), "Dinner", 60));
        var horizon = today.plusDays(settings.daysAhead());
        assertThat(tasks).filteredOn(t -> !t.dueDate().isBefore(today)).extracting(TaskSummary::dueDate)
                .as("one task per day, Fridays gone")
                .containsExactlyElementsOf(days(today, horizon, Set.of(MONDAY, WEDNESDAY)));
        assertThat(tasks).filteredOn(t -> t.status() != TaskStatus.DONE && !t.dueDate().isBefore(today))
                .allSatisfy(t -> {
                    assertThat(t.title()).isEqualTo("Warm dinner");
                    assertThat(t.notes()).isEqualTo("No nuts");
                    assertThat(t.effortMinutes()).isEqualTo(90);
                });
        assertThat(on(today.plusDays(2)))
                .satisfies(t -> assertThat(t.id()).isEqualTo(wednesday))
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.CLAIMED))
                .satisfies(t -> assertThat(t.assigneeName()).isEqualTo("Rose"));
    }

    @Test
    void aDayDeletedOrMovedOnItsOwnDoesNotComeBackWhenTheSeriesChanges() {
        taskWrites.create(space, every(Repeat.DAILY, 2, "Laundry", today, today.plusDays(4)));
        taskWrites.delete(space, on(today.plusDays(1)).id());
        var moved = on(today.plusDays(3)).id();
        taskWrites.edit(space, moved, TaskForm.once("Laundry", TaskCategory.HOUSEHOLD, "", today.plusDays(4), 20));

        taskWrites.editSeries(space, on(today).id(),
                every(Repeat.DAILY, 2, "Laundry and towels", today, today.plusDays(4)));

        assertThat(all()).extracting(TaskSummary::dueDate, TaskSummary::title, TaskSummary::repeating)
                .containsExactlyInAnyOrder(
                        tuple(today, "Laundry and towels", true),
                        tuple(today.plusDays(2), "Laundry and towels", true),
                        tuple(today.plusDays(4), "Laundry and towels", true),
                        tuple(today.plusDays(4), "Laundry", false)); // the moved day is a one-off now
    }

    @Test
    void theEditorStartsALongRunningEveryFewDaysSeriesOnOneOfItsDays() {
        taskWrites.create(space, every(Repeat.EVERY_N_DAYS, 3, "Groceries", today, null));
        clock.set(clock.instant().plus(Duration.ofDays(201)));
        roller.rollForward();
        var later = today.plusDays(201);
        var coming = datesOf("Groceries").stream().filter(d -> !d.isBefore(later)).toList();

        var form = taskReads.task(space, on(coming.getFirst()).id()).seriesForm();
        taskWrites.editSeries(space, on(coming.getFirst()).id(), form.withTimes(LocalTime.of(10, 0), null));

        assertThat(datesOf("Groceries").stream().filter(d -> !d.isBefore(later)).toList())
                .as("the same days as before the change").containsExactlyElementsOf(coming);
    }

    @Test
    void stoppingKeepsWhatWasDoneAndRemovesTheComingDays() {
        taskWrites.create(space, every(Repeat.DAILY, 2, "Laundry", today.minusDays(3), null));
        claimAndFinish(rose, on(today.minusDays(2)).id());
        claimAndFinish(rose, on(today.plusDays(1)).id()); // done a day early
        family.as(rose);
        taskWrites.claim(space, on(today.plusDays(3)).id());
        family.as(maya);

        // Stopping from a day already past stops from today.
        taskWrites.stopRepeating(space, on(today.minusDays(3)).id());

        assertThat(all()).extracting(TaskSummary::dueDate, TaskSummary::status).containsExactly(
                tuple(today.minusDays(3), TaskStatus.OPEN),
                tuple(today.minusDays(2), TaskStatus.DONE),
                tuple(today.minusDays(1), TaskStatus.OPEN),
                tuple(today.plusDays(1), TaskStatus.DONE));

        clock.advance(Duration.ofDays(21));
        roller.rollForward();
        assertThat(all()).hasSize(4);
    }

    @Test
    void rollingForwardThreeWeeksLaterAddsTheNewDaysAndNeverDuplicates() {
        taskWrites.create(space, dinner(today, MON_WED_FRI, null));
        family.as(rose);
        var claimed = on(today.plusDays(2)).id();
        taskWrites.claim(space, claimed);
        family.as(maya);
        roller.rollForward();
        roller.rollForward();
        assertThat(datesOf("Dinner")).doesNotHaveDuplicates()
                .containsExactlyElementsOf(days(today, today.plusDays(settings.daysAhead() + 1), MON_WED_FRI));

        clock.advance(Duration.ofDays(21));
        roller.rollForward();
        roller.rollForward();

        // The roller works a day past the UTC date, so every family's time zone has its full stretch.
        var through = today.plusDays(21 + settings.daysAhead() + 1);
        assertThat(datesOf("Dinner")).doesNotHaveDuplicates()
                .containsExactlyElementsOf(days(today, through, MON_WED_FRI));
        assertThat(on(today.plusDays(2))).satisfies(t -> assertThat(t.id()).isEqualTo(claimed))
                .satisfies(t -> assertThat(t.assigneeName()).isEqualTo("Rose"));
    }

    @Test
    void aSeriesThatEndsBeforeTheHorizonStopsThere() {
        var until = today.plusDays(20);
        taskWrites.create(space, dinner(today, MON_WED_FRI, until));
        var before = datesOf("Dinner");
        assertThat(before).containsExactlyElementsOf(days(today, until, MON_WED_FRI)).last()
                .isEqualTo(today.plusDays(18));

        clock.advance(Duration.ofDays(21));
        roller.rollForward();

        assertThat(datesOf("Dinner")).isEqualTo(before);
    }

    @Test
    void aSupportersOwnRepeatingTaskIsHersOnEveryDayIncludingRolledOnes() {
        family.as(rose);
        taskWrites.addMyOwnTask(space, every(Repeat.EVERY_N_DAYS, 2, "Walk the dog", today, null)
                .withTimes(LocalTime.of(7, 0), LocalTime.of(7, 30)));
        clock.advance(Duration.ofDays(21));
        roller.rollForward();

        var walks = all();
        assertThat(walks).hasSize((21 + settings.daysAhead() + 1) / 2 + 1)
                .isSortedAccordingTo(Comparator.comparing(TaskSummary::dueDate))
                .allSatisfy(t -> {
                    assertThat(t.status()).isEqualTo(TaskStatus.CLAIMED);
                    assertThat(t.mine()).isTrue();
                    assertThat(t.startTime()).isEqualTo(LocalTime.of(7, 0));
                });
        assertThat(walks.getLast().dueDate()).isEqualTo(today.plusDays(21 + settings.daysAhead() + 1));
        family.as(maya);
        assertThat(all()).extracting(TaskSummary::assigneeName).containsOnly("Rose");
    }
}
