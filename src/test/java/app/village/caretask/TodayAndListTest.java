package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** "Today" and the filtered, paged task list. The clock stands at noon in the family's zone (Helsinki). */
@IntegrationTest
class TodayAndListTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired CareTaskRepository taskRows;
    @Autowired MutableClock clock;

    LocalDate today;
    VillageUser maya;
    VillageUser rose;
    VillageUser sam;
    SpaceId space;

    @BeforeEach
    void aFamily() {
        today = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        clock.set(today.atTime(10, 0).toInstant(ZoneOffset.UTC));
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        sam = family.person("Sam", FamilyRole.ORGANIZER);
        space = family.space();
        family.as(maya);
    }

    /** An open task added by Maya; leaves Maya signed in. */
    TaskId task(String title, TaskCategory category, @Nullable LocalDate day, @Nullable LocalTime start) {
        family.as(maya);
        return taskWrites.create(space, TaskForm.once(title, category, "", day, 30).withTimes(start, null));
    }

    TaskId task(String title, @Nullable LocalDate day) {
        return task(title, TaskCategory.HOUSEHOLD, day, null);
    }

    TaskId taskFor(VillageUser who, String title, TaskCategory category, @Nullable LocalDate day,
            @Nullable LocalTime start) {
        var id = task(title, category, day, start);
        family.as(who);
        taskWrites.claim(space, id);
        family.as(maya);
        return id;
    }

    TaskId taskFor(VillageUser who, String title, @Nullable LocalDate day) {
        return taskFor(who, title, TaskCategory.HOUSEHOLD, day, null);
    }

    TaskId doneBy(VillageUser who, String title, TaskCategory category, @Nullable LocalDate day) {
        var id = taskFor(who, title, category, day, null);
        family.as(who);
        taskWrites.markDone(space, id, null);
        family.as(maya);
        return id;
    }

    static List<String> titles(List<TaskSummary> tasks) {
        return tasks.stream().map(TaskSummary::title).toList();
    }

    @Test
    void todayShowsHerRecentOverdueAndComingTasksThenUndatedOnesMostUrgentFirst() {
        taskFor(rose, "Three weeks late", today.minusDays(15));
        taskFor(rose, "In a week", today.plusDays(7));
        taskFor(rose, "Someday, hers", null);
        taskFor(rose, "Today at nine", TaskCategory.BABY_CARE, today, LocalTime.of(9, 0));
        taskFor(rose, "Two weeks late", today.minusDays(14));
        taskFor(rose, "Today at eight", TaskCategory.BABY_CARE, today, LocalTime.of(8, 0));
        taskFor(rose, "Yesterday", today.minusDays(1));
        taskFor(rose, "Too far ahead", today.plusDays(8));
        doneBy(rose, "Already done", TaskCategory.MEALS, today);
        taskFor(sam, "Sam's today", today);

        family.as(rose);
        var mine = taskReads.today(space);

        assertThat(mine.today()).isEqualTo(today);
        assertThat(titles(mine.mine())).containsExactly("Two weeks late", "Yesterday", "Today at eight",
                "Today at nine", "In a week", "Someday, hers");
        assertThat(mine.mine()).allSatisfy(t -> assertThat(t.mine()).isTrue());
        assertThat(mine.open()).isEmpty();
    }

    @Test
    void todayShowsWhatIsStillOpenTodayAndTomorrowThenUndatedOnes() {
        task("Open tomorrow", today.plusDays(1));
        task("Open someday", null);
        task("Open this afternoon", TaskCategory.MEALS, today, LocalTime.of(14, 0));
        task("Open yesterday", today.minusDays(1));
        task("Open this morning", TaskCategory.MEALS, today, LocalTime.of(7, 30));
        task("Open the day after tomorrow", today.plusDays(2));
        taskFor(sam, "Sam has it", today);
        taskFor(sam, "Sam has it, undated", null);
        doneBy(sam, "Sam did it", TaskCategory.MEALS, today);
        taskFor(maya, "Maya has it", today.plusDays(1));

        family.as(rose);
        var hers = taskReads.today(space);

        assertThat(titles(hers.open())).containsExactly("Open this morning", "Open this afternoon", "Open tomorrow",
                "Open someday");
        assertThat(hers.open()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
        assertThat(hers.mine()).isEmpty();

        family.as(sam);
        assertThat(titles(taskReads.today(space).mine())).containsExactly("Sam has it", "Sam has it, undated");
    }

    @Test
    void eachPartOfTheFilterNarrowsTheListAndTheCountAgrees() {
        task("Open dinner", TaskCategory.MEALS, today, null);
        taskFor(rose, "Rose's dinner", TaskCategory.MEALS, today.plusDays(1), null);
        doneBy(rose, "Rose's laundry", TaskCategory.HOUSEHOLD, today.plusDays(2));
        taskFor(sam, "Sam's laundry", TaskCategory.HOUSEHOLD, today.plusDays(3), null);
        task("Open errand, undated", TaskCategory.ERRANDS, null, null);
        doneBy(sam, "Sam's errand", TaskCategory.ERRANDS, today.minusDays(1));

        assertThat(titles(taskReads.tasks(space))).containsExactly("Sam's errand", "Open dinner", "Rose's dinner",
                "Rose's laundry", "Sam's laundry", "Open errand, undated");
        assertFilter(new TaskFilter(TaskCategory.MEALS, null, null, null, null), "Open dinner", "Rose's dinner");
        assertFilter(new TaskFilter(TaskCategory.ERRANDS, null, null, null, null), "Sam's errand",
                "Open errand, undated");
        assertFilter(new TaskFilter(null, rose.accountId(), null, null, null), "Rose's dinner", "Rose's laundry");
        assertFilter(new TaskFilter(null, sam.accountId(), null, null, null), "Sam's errand", "Sam's laundry");
        assertFilter(new TaskFilter(null, maya.accountId(), null, null, null));
        assertFilter(new TaskFilter(null, null, TaskStatus.OPEN, null, null), "Open dinner", "Open errand, undated");
        assertFilter(new TaskFilter(null, null, TaskStatus.CLAIMED, null, null), "Rose's dinner", "Sam's laundry");
        assertFilter(new TaskFilter(null, null, TaskStatus.DONE, null, null), "Sam's errand", "Rose's laundry");
        assertFilter(TaskFilter.from(today.plusDays(1)), "Rose's dinner", "Rose's laundry", "Sam's laundry");
        assertFilter(new TaskFilter(null, null, null, null, today), "Sam's errand", "Open dinner");
        assertFilter(new TaskFilter(null, null, null, today, today.plusDays(2)), "Open dinner", "Rose's dinner",
                "Rose's laundry");
        assertFilter(new TaskFilter(TaskCategory.HOUSEHOLD, rose.accountId(), TaskStatus.DONE, today, today));
        assertFilter(new TaskFilter(TaskCategory.HOUSEHOLD, rose.accountId(), TaskStatus.DONE, today,
                today.plusDays(2)), "Rose's laundry");
    }

    @Test
    void thePersonFilterAlsoFindsWhatSheDidWhenTheTaskNoLongerNamesHer() {
        var laundry = doneBy(rose, "Rose's laundry", TaskCategory.HOUSEHOLD, today);
        // Not reachable through the service today; the filter promises "took it on or did it" all the same.
        var row = taskRows.findById(laundry.value()).orElseThrow();
        row.handBack();
        taskRows.save(row);

        assertFilter(new TaskFilter(null, rose.accountId(), null, null, null), "Rose's laundry");
    }

    void assertFilter(TaskFilter filter, String... expected) {
        assertThat(titles(taskReads.page(space, filter, 0, 50))).as("%s", filter).containsExactly(expected);
        assertThat(taskReads.count(space, filter)).as("count of %s", filter).isEqualTo(expected.length);
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrOverlap() {
        // Few distinct days and one creation instant: the order must still be total for paging to work.
        var all = new ArrayList<TaskId>();
        for (int i = 0; i < 23; i++) {
            all.add(task("Task " + i, i % 4 == 3 ? null : today.plusDays(i % 3)));
        }
        var everything = taskReads.tasks(space);
        var expected = everything.stream().map(TaskSummary::id).toList();
        assertThat(expected).containsExactlyInAnyOrderElementsOf(all);
        assertThat(everything.subList(18, 23)).extracting(TaskSummary::dueDate).containsOnlyNulls();
        assertThat(taskReads.count(space, TaskFilter.everything())).isEqualTo(23);

        var paged = new ArrayList<TaskId>();
        for (int offset = 0; offset < 23; offset += 5) {
            var page = taskReads.page(space, TaskFilter.everything(), offset, 5);
            assertThat(page).hasSize(offset == 20 ? 3 : 5);
            page.forEach(t -> paged.add(t.id()));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(taskReads.page(space, TaskFilter.everything(), 23, 5)).isEmpty();
        assertThat(taskReads.page(space, TaskFilter.everything(), 0, 500)).hasSize(23);
    }

    @Test
    void aPageThatCannotExistIsRefused() {
        task("Dinner", today);
        for (var bad : new int[][] {{-1, 10}, {0, 0}, {0, -5}, {0, 501}}) {
            assertThatThrownBy(() -> taskReads.page(space, TaskFilter.everything(), bad[0], bad[1]))
                    .as("offset %d, limit %d", bad[0], bad[1])
                    .isInstanceOf(TaskProblem.class)
                    .hasMessage("That page of the list doesn't exist.");
        }
    }
}
