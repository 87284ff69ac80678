package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.Repeat;
import app.village.family.FamilyRole;
import app.village.family.NotAMemberException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.IsolationHarness;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * A member of family A reaches none of family B's care tasks: every public method of the care task services
 * ({@link CareTaskWriteService}, {@link CareTaskReadService}, {@link FairShareService}), called with family B's
 * space or task ids, is refused, and no refusal carries family B's names or task titles. A new public method,
 * or a new service in the package, fails {@link #everyPublicMethodIsCovered} until it is added here.
 */
@IntegrationTest
class CareTaskIsolationTest {

    @RegisterExtension final FamilyFixture theirs =
            new FamilyFixture().named("The Hidden family").motherNamed("Maya Secretname");
    @RegisterExtension final FamilyFixture ours = new FamilyFixture().named("Anna's family").motherNamed("Anna");

    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired FairShareService fairShares;

    LocalDate today = LocalDate.now();
    VillageUser maya;
    VillageUser rose;
    SpaceId familyB;
    TaskId openTaskOfB;
    TaskId claimedTaskOfB;
    TaskId repeatingTaskOfB;
    VillageUser anna;
    SpaceId familyA;

    @BeforeEach
    void twoFamilies() {
        maya = theirs.mother();
        familyB = theirs.space();
        rose = theirs.person("Rose Secretname", FamilyRole.SUPPORTER);
        theirs.as(maya);
        openTaskOfB = taskWrites.create(familyB, TaskForm.once("Secretword dinner", TaskCategory.MEALS,
                "Secretword allergies", today, 60));
        claimedTaskOfB = taskWrites.create(familyB, TaskForm.once("Secretword laundry", TaskCategory.HOUSEHOLD, "",
                today, 30));
        repeatingTaskOfB = taskWrites.create(familyB, TaskForm.weekly("Secretword night feed", TaskCategory.BABY_CARE,
                "", today, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null, 45));
        theirs.as(rose);
        taskWrites.claim(familyB, claimedTaskOfB);
        taskWrites.claim(familyB, repeatingTaskOfB);

        anna = ours.mother();
        familyA = ours.space();
        taskWrites.create(familyA, TaskForm.once("Anna's errand", TaskCategory.ERRANDS, "", null, 15));
        ours.as(anna);
    }

    TaskForm takeOver() {
        return TaskForm.once("Taken over", TaskCategory.ERRANDS, "", today, 5);
    }

    TaskForm takeOverEveryDay() {
        return takeOver().withRepeat(Repeat.DAILY, null, 2, null);
    }

    /** Each public method, called by Anna with family B's space id. */
    Map<String, Runnable> callsInFamilyB() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("create", () -> taskWrites.create(familyB, takeOver()));
        calls.put("addMyOwnTask", () -> taskWrites.addMyOwnTask(familyB, takeOverEveryDay()));
        calls.put("edit", () -> taskWrites.edit(familyB, openTaskOfB, takeOver()));
        calls.put("editSeries", () -> taskWrites.editSeries(familyB, repeatingTaskOfB, takeOverEveryDay()));
        calls.put("delete", () -> taskWrites.delete(familyB, openTaskOfB));
        calls.put("stopRepeating", () -> taskWrites.stopRepeating(familyB, repeatingTaskOfB));
        calls.put("task", () -> taskReads.task(familyB, openTaskOfB));
        calls.put("today", () -> taskReads.today(familyB));
        calls.put("todayCounts", () -> taskReads.todayCounts(familyB));
        calls.put("page", () -> taskReads.page(familyB, TaskFilter.everything(), 0, 50));
        calls.put("count", () -> taskReads.count(familyB, TaskFilter.everything()));
        calls.put("listPage", () -> taskReads.listPage(familyB, TaskFilter.everything(), 0, 50));
        calls.put("listCount", () -> taskReads.listCount(familyB, TaskFilter.everything()));
        calls.put("tasks", () -> taskReads.tasks(familyB));
        calls.put("repeatPatterns", () -> taskReads.repeatPatterns(familyB, List.of(repeatingTaskOfB)));
        calls.put("fairShare", () -> fairShares.fairShare(familyB));
        calls.put("tasksAskedSince", () -> fairShares.tasksAskedSince(familyB, Instant.EPOCH));
        calls.put("claim", () -> taskWrites.claim(familyB, openTaskOfB));
        calls.put("handBack", () -> taskWrites.handBack(familyB, claimedTaskOfB));
        calls.put("markDone", () -> taskWrites.markDone(familyB, claimedTaskOfB, "done"));
        return calls;
    }

    /** Each public method that takes a task id, called by Anna in her own space with family B's task ids. */
    Map<String, Runnable> callsInFamilyAWithTasksOfB() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("edit(open)", () -> taskWrites.edit(familyA, openTaskOfB, takeOver()));
        calls.put("edit(repeating)", () -> taskWrites.edit(familyA, repeatingTaskOfB, takeOver()));
        calls.put("editSeries", () -> taskWrites.editSeries(familyA, repeatingTaskOfB, takeOverEveryDay()));
        calls.put("delete(open)", () -> taskWrites.delete(familyA, openTaskOfB));
        calls.put("delete(repeating)", () -> taskWrites.delete(familyA, repeatingTaskOfB));
        calls.put("stopRepeating", () -> taskWrites.stopRepeating(familyA, repeatingTaskOfB));
        calls.put("task(open)", () -> taskReads.task(familyA, openTaskOfB));
        calls.put("task(claimed)", () -> taskReads.task(familyA, claimedTaskOfB));
        calls.put("task(repeating)", () -> taskReads.task(familyA, repeatingTaskOfB));
        calls.put("claim(open)", () -> taskWrites.claim(familyA, openTaskOfB));
        calls.put("claim(claimed)", () -> taskWrites.claim(familyA, claimedTaskOfB));
        calls.put("handBack", () -> taskWrites.handBack(familyA, claimedTaskOfB));
        calls.put("markDone", () -> taskWrites.markDone(familyA, claimedTaskOfB, "done"));
        return calls;
    }

    @Test
    void everyCallWithAnotherFamilysIdsIsRefusedWithoutNamingAnyone() {
        var before = whatFamilyBSees();
        ours.as(anna);

        IsolationHarness.assertEachRefused(callsInFamilyB(), "%s", (name, refused) -> refused
                .isInstanceOf(NotAMemberException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                        .doesNotContain("Secret").doesNotContain("Hidden")));
        IsolationHarness.assertEachRefused(callsInFamilyAWithTasksOfB(), "%s in her own space",
                (name, refused) -> refused
                        .isExactlyInstanceOf(TaskProblem.class)
                        .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                                .doesNotContain("Secret").doesNotContain("Hidden")));

        assertThat(whatFamilyBSees()).isEqualTo(before);
    }

    @Test
    void herOwnListsShowNothingOfFamilyB() {
        var today = taskReads.today(familyA);
        assertThat(today.open()).extracting(TaskSummary::title).containsExactly("Anna's errand");
        assertThat(today.mine()).isEmpty();
        assertThat(taskReads.tasks(familyA)).extracting(TaskSummary::title).containsExactly("Anna's errand");
        assertThat(taskReads.page(familyA, TaskFilter.everything(), 0, 500)).hasSize(1);
        assertThat(taskReads.count(familyA, TaskFilter.everything())).isEqualTo(1);
        assertThat(taskReads.listPage(familyA, TaskFilter.everything(), 0, 500)).hasSize(1);
        assertThat(taskReads.listCount(familyA, TaskFilter.everything())).isEqualTo(1);
        assertThat(taskReads.count(familyA, new TaskFilter(null, rose.accountId(), null, null, null))).isZero();
        // Family B's task ids in her own space: how B's tasks repeat stays B's.
        assertThat(taskReads.repeatPatterns(familyA, List.of(repeatingTaskOfB, openTaskOfB))).isEmpty();
        var share = fairShares.fairShare(familyA);
        assertThat(share.lastWeek()).extracting(FairShare.Share::name).containsExactly("Anna");
        assertThat(share.lastMonth()).extracting(FairShare.Share::name).containsExactly("Anna");
    }

    /** Everything of family B's care tasks that a change would show in, as its owner sees it. */
    List<Object> whatFamilyBSees() {
        theirs.as(maya);
        return List.of(taskReads.tasks(familyB), taskReads.task(familyB, repeatingTaskOfB),
                taskReads.task(familyB, openTaskOfB), fairShares.fairShare(familyB), taskReads.today(familyB));
    }

    /** The services whose public methods this test calls; a new {@code @Service} of the package must join. */
    static final List<Class<?>> SERVICES =
            List.of(CareTaskWriteService.class, CareTaskReadService.class, FairShareService.class);

    static final IsolationHarness ISOLATION = IsolationHarness.of(SERVICES);

    @Test
    void everyServiceOfThePackageIsListed() {
        ISOLATION.assertEveryServiceOfThePackageIsListed();
    }

    @Test
    void everyPublicMethodIsCovered() {
        ISOLATION.assertEveryMethodIsCalled(callsInFamilyB(), "with family B's space");
        ISOLATION.assertEveryMethodTakingAnIdIsCalled(callsInFamilyAWithTasksOfB(), "in family A with B's task");
    }
}
