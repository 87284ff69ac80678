package app.village.caretask;

import app.village.base.Repeat;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Forms the rules refuse, each with the one message that tells her what to fix, and nothing stored. */
@IntegrationTest
class TaskInputTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired CareTaskSeriesRepository seriesRows;
    @Autowired MutableClock clock;

    VillageUser maya;
    VillageUser rose;
    SpaceId space;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aFamily() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        space = family.space();
        family.as(maya);
    }

    TaskForm dinner() {
        return TaskForm.once("Bring dinner", TaskCategory.MEALS, "", today, 60);
    }

    /** Each bad form with the message she should see. */
    Map<TaskForm, String> badForms() {
        var daily = dinner().withRepeat(Repeat.DAILY, null, 2, null);
        var monday = today.with(TemporalAdjusters.next(MONDAY));
        var forms = new LinkedHashMap<TaskForm, String>();
        forms.put(dinner().withTimes(LocalTime.of(18, 0), LocalTime.of(17, 30)), "The end should be after the start.");
        forms.put(dinner().withTimes(LocalTime.of(18, 0), LocalTime.of(18, 0)), "The end should be after the start.");
        forms.put(dinner().withTimes(null, LocalTime.of(19, 0)), "Please give a start time too.");
        forms.put(TaskForm.once("Bring dinner", TaskCategory.MEALS, "", null, 60)
                .withTimes(LocalTime.of(18, 0), LocalTime.of(19, 0)),
                "Please choose the day first; times are on that day.");
        forms.put(dinner().withRepeat(Repeat.WEEKLY, Set.of(), 2, null), "Please choose at least one weekday.");
        forms.put(dinner().withRepeat(Repeat.WEEKLY, null, 2, null), "Please choose at least one weekday.");
        forms.put(TaskForm.weekly("Bring dinner", TaskCategory.MEALS, "", monday, Set.of(FRIDAY), monday.plusDays(1),
                60), "No day between the first and the last day fits this pattern.");
        forms.put(daily.withRepeat(Repeat.DAILY, null, 2, today.minusDays(1)),
                "The last day should be on or after the first day.");
        forms.put(daily.withRepeat(Repeat.EVERY_N_DAYS, null, 1, null), "Choose between every 2 and every 30 days.");
        forms.put(daily.withRepeat(Repeat.EVERY_N_DAYS, null, 31, null), "Choose between every 2 and every 30 days.");
        forms.put(TaskForm.once("Bring dinner", TaskCategory.MEALS, "<b>No</b> peanuts", today, 60),
                "Please use plain text, without < or > characters.");
        forms.put(daily.withRepeat(Repeat.DAILY, null, 2, today.plusYears(200)),
                "Please choose an end date within the next two years.");
        forms.put(TaskForm.once("Bring dinner", TaskCategory.MEALS, "", today.plusYears(200), 60),
                "Please choose a date within the next two years.");
        forms.put(new TaskForm("Bring dinner", TaskCategory.MEALS, "", today, null, null, 60, null, null, 2, null, false),
                "Please choose whether the task repeats.");
        return forms;
    }

    @Test
    void badFormsAreRefusedWithWhatToFixAndStoreNothing() {
        badForms().forEach((form, message) -> {
            family.as(maya);
            assertRefused(() -> taskWrites.create(space, form), form, message);
            family.as(rose);
            assertRefused(() -> taskWrites.addMyOwnTask(space, form), form, message);
        });

        family.as(maya);
        assertThat(taskReads.count(space, TaskFilter.everything())).isZero();
        assertThat(seriesRows.findAll()).noneMatch(s -> s.getSpaceId().equals(space));
    }

    @Test
    void badFormsLeaveAnExistingTaskAsItWas() {
        var task = taskWrites.create(space, dinner().withRepeat(Repeat.DAILY, null, 2, today.plusDays(3)));
        var before = taskReads.tasks(space);

        badForms().forEach((form, message) -> {
            assertRefused(() -> taskWrites.edit(space, task, form), form, message);
            assertRefused(() -> taskWrites.editSeries(space, task, form), form, message);
        });

        assertThat(taskReads.tasks(space)).isEqualTo(before).hasSize(4);
    }

    static void assertRefused(Runnable call, TaskForm form, String message) {
        assertThatThrownBy(call::run).as("%s", form)
                .isInstanceOfSatisfying(ConstraintViolationException.class, refusal -> assertThat(
                        refusal.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                        .as("%s", form).containsExactly(message));
    }

    @Test
    void aDoneTaskKeepsItsRecord() {
        var task = taskWrites.create(space, dinner());
        taskWrites.claim(space, task);
        taskWrites.markDone(space, task, "Lasagne");

        assertThatThrownBy(() -> taskWrites.edit(space, task, TaskForm.once("Changed", TaskCategory.ERRANDS, "",
                today, 5))).isInstanceOf(TaskProblem.class)
                .hasMessage("This task is done; its record stays as it was.");

        assertThat(taskReads.tasks(space)).singleElement()
                .satisfies(t -> assertThat(t.title()).isEqualTo("Bring dinner"))
                .satisfies(t -> assertThat(t.effortMinutes()).isEqualTo(60))
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE));
    }

    @Test
    void seriesOnlyActionsOnAOneOffTaskAreRefused() {
        var once = taskWrites.create(space, dinner());
        var series = taskWrites.create(space, dinner().withRepeat(Repeat.DAILY, null, 2, today.plusDays(1)));

        assertThatThrownBy(() -> taskWrites.stopRepeating(space, once)).isInstanceOf(TaskProblem.class)
                .hasMessage("This task doesn't repeat.");
        assertThatThrownBy(() -> taskWrites.editSeries(space, once, dinner().withRepeat(Repeat.DAILY, null, 2, null)))
                .isInstanceOf(TaskProblem.class).hasMessage("This task doesn't repeat.");
        assertThatThrownBy(() -> taskWrites.editSeries(space, series, dinner()))
                .isInstanceOf(TaskProblem.class)
                .hasMessage("To stop a repeating task, choose \"Stop repeating\" instead.");

        assertThat(taskReads.tasks(space)).extracting(TaskSummary::title).containsExactly("Bring dinner",
                "Bring dinner", "Bring dinner");
    }

    @Test
    void theTwoYearsCountFromTheAppClock() {
        var start = clock.instant();
        try {
            clock.advance(Duration.ofDays(3 * 366));
            var appToday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

            var later = taskWrites.create(space, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", appToday, 60));
            assertThat(taskReads.task(space, later).form().dueDate()).isEqualTo(appToday);
            var systemToday = dinner(); // three years before the app's today
            assertRefused(() -> taskWrites.create(space, systemToday), systemToday,
                    "Please choose a date within the next two years.");
        } finally {
            clock.set(start);
        }
    }
}
