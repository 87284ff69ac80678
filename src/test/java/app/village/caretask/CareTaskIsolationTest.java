package app.village.caretask;

import app.village.base.Repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationService;
import app.village.family.NotAMemberException;
import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of family A reaches none of family B's care tasks: every public method of {@link CareTaskService},
 * called with family B's space or task ids, is refused, and no refusal carries family B's names or task
 * titles. A new public method fails {@link #everyPublicMethodIsCovered} until it is added here.
 */
@IntegrationTest
class CareTaskIsolationTest {

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskService careTasks;

    LocalDate today = LocalDate.now();
    VillageUser maya;
    VillageUser rose;
    UUID familyB;
    UUID openTaskOfB;
    UUID claimedTaskOfB;
    UUID repeatingTaskOfB;
    VillageUser anna;
    UUID familyA;

    @BeforeEach
    void twoFamilies() {
        var data = new FamilyTestData(accounts, families, invitations);
        maya = data.person("Maya Secretname");
        familyB = data.spaceOf(maya, "The Hidden family");
        rose = data.person("Rose Secretname");
        data.join(maya, familyB, rose, FamilyRole.SUPPORTER);
        as(maya);
        openTaskOfB = careTasks.create(familyB, TaskForm.once("Secretword dinner", TaskCategory.MEALS,
                "Secretword allergies", today, 60));
        claimedTaskOfB = careTasks.create(familyB, TaskForm.once("Secretword laundry", TaskCategory.HOUSEHOLD, "",
                today, 30));
        repeatingTaskOfB = careTasks.create(familyB, TaskForm.weekly("Secretword night feed", TaskCategory.BABY_CARE,
                "", today, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null, 45));
        as(rose);
        careTasks.claim(familyB, claimedTaskOfB);
        careTasks.claim(familyB, repeatingTaskOfB);

        anna = data.person("Anna");
        familyA = data.spaceOf(anna, "Anna's family");
        careTasks.create(familyA, TaskForm.once("Anna's errand", TaskCategory.ERRANDS, "", null, 15));
        as(anna);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    void as(VillageUser user) {
        SignedIn.as(user.accountId(), user.displayName());
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
        calls.put("create", () -> careTasks.create(familyB, takeOver()));
        calls.put("addMyOwnTask", () -> careTasks.addMyOwnTask(familyB, takeOverEveryDay()));
        calls.put("edit", () -> careTasks.edit(familyB, openTaskOfB, takeOver()));
        calls.put("editSeries", () -> careTasks.editSeries(familyB, repeatingTaskOfB, takeOverEveryDay()));
        calls.put("delete", () -> careTasks.delete(familyB, openTaskOfB));
        calls.put("stopRepeating", () -> careTasks.stopRepeating(familyB, repeatingTaskOfB));
        calls.put("task", () -> careTasks.task(familyB, openTaskOfB));
        calls.put("today", () -> careTasks.today(familyB));
        calls.put("todayCounts", () -> careTasks.todayCounts(familyB));
        calls.put("page", () -> careTasks.page(familyB, TaskFilter.everything(), 0, 50));
        calls.put("count", () -> careTasks.count(familyB, TaskFilter.everything()));
        calls.put("listPage", () -> careTasks.listPage(familyB, TaskFilter.everything(), 0, 50));
        calls.put("listCount", () -> careTasks.listCount(familyB, TaskFilter.everything()));
        calls.put("tasks", () -> careTasks.tasks(familyB));
        calls.put("repeatPatterns", () -> careTasks.repeatPatterns(familyB, List.of(repeatingTaskOfB)));
        calls.put("fairShare", () -> careTasks.fairShare(familyB));
        calls.put("tasksAskedSince", () -> careTasks.tasksAskedSince(familyB, Instant.EPOCH));
        calls.put("claim", () -> careTasks.claim(familyB, openTaskOfB));
        calls.put("handBack", () -> careTasks.handBack(familyB, claimedTaskOfB));
        calls.put("markDone", () -> careTasks.markDone(familyB, claimedTaskOfB, "done"));
        return calls;
    }

    /** Each public method that takes a task id, called by Anna in her own space with family B's task ids. */
    Map<String, Runnable> callsInFamilyAWithTasksOfB() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("edit(open)", () -> careTasks.edit(familyA, openTaskOfB, takeOver()));
        calls.put("edit(repeating)", () -> careTasks.edit(familyA, repeatingTaskOfB, takeOver()));
        calls.put("editSeries", () -> careTasks.editSeries(familyA, repeatingTaskOfB, takeOverEveryDay()));
        calls.put("delete(open)", () -> careTasks.delete(familyA, openTaskOfB));
        calls.put("delete(repeating)", () -> careTasks.delete(familyA, repeatingTaskOfB));
        calls.put("stopRepeating", () -> careTasks.stopRepeating(familyA, repeatingTaskOfB));
        calls.put("task(open)", () -> careTasks.task(familyA, openTaskOfB));
        calls.put("task(claimed)", () -> careTasks.task(familyA, claimedTaskOfB));
        calls.put("task(repeating)", () -> careTasks.task(familyA, repeatingTaskOfB));
        calls.put("claim(open)", () -> careTasks.claim(familyA, openTaskOfB));
        calls.put("claim(claimed)", () -> careTasks.claim(familyA, claimedTaskOfB));
        calls.put("handBack", () -> careTasks.handBack(familyA, claimedTaskOfB));
        calls.put("markDone", () -> careTasks.markDone(familyA, claimedTaskOfB, "done"));
        return calls;
    }

    @Test
    void everyCallWithAnotherFamilysIdsIsRefusedWithoutNamingAnyone() {
        var before = whatFamilyBSees();
        as(anna);

        callsInFamilyB().forEach((name, call) -> assertThatThrownBy(call::run)
                .as(name)
                .isInstanceOf(NotAMemberException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                        .doesNotContain("Secret").doesNotContain("Hidden")));
        callsInFamilyAWithTasksOfB().forEach((name, call) -> assertThatThrownBy(call::run)
                .as("%s in her own space", name)
                .isExactlyInstanceOf(TaskProblem.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                        .doesNotContain("Secret").doesNotContain("Hidden")));

        assertThat(whatFamilyBSees()).isEqualTo(before);
    }

    @Test
    void herOwnListsShowNothingOfFamilyB() {
        var today = careTasks.today(familyA);
        assertThat(today.open()).extracting(TaskSummary::title).containsExactly("Anna's errand");
        assertThat(today.mine()).isEmpty();
        assertThat(careTasks.tasks(familyA)).extracting(TaskSummary::title).containsExactly("Anna's errand");
        assertThat(careTasks.page(familyA, TaskFilter.everything(), 0, 500)).hasSize(1);
        assertThat(careTasks.count(familyA, TaskFilter.everything())).isEqualTo(1);
        assertThat(careTasks.listPage(familyA, TaskFilter.everything(), 0, 500)).hasSize(1);
        assertThat(careTasks.listCount(familyA, TaskFilter.everything())).isEqualTo(1);
        assertThat(careTasks.count(familyA, new TaskFilter(null, rose.accountId(), null, null, null))).isZero();
        // Family B's task ids in her own space: how B's tasks repeat stays B's.
        assertThat(careTasks.repeatPatterns(familyA, List.of(repeatingTaskOfB, openTaskOfB))).isEmpty();
        var share = careTasks.fairShare(familyA);
        assertThat(share.lastWeek()).extracting(FairShare.Share::name).containsExactly("Anna");
        assertThat(share.lastMonth()).extracting(FairShare.Share::name).containsExactly("Anna");
    }

    /** Everything of family B's care tasks that a change would show in, as its owner sees it. */
    List<Object> whatFamilyBSees() {
        as(maya);
        return List.of(careTasks.tasks(familyB), careTasks.task(familyB, repeatingTaskOfB),
                careTasks.task(familyB, openTaskOfB), careTasks.fairShare(familyB), careTasks.today(familyB));
    }

    @Test
    void everyPublicMethodIsCovered() {
        Set<String> covered = callsInFamilyB().keySet();
        Set<String> coveredInA = callsInFamilyAWithTasksOfB().keySet().stream()
                .map(name -> name.replaceAll("\\(.*\\)", "")).collect(Collectors.toSet());
        var methods = Arrays.stream(CareTaskService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .toList();
        assertThat(methods).isNotEmpty();
        for (Method method : methods) {
            assertThat(covered).as("isolation test calls CareTaskService.%s with family B's space", method.getName())
                    .contains(method.getName());
            var takesATaskId = Arrays.stream(method.getParameterTypes()).skip(1).anyMatch(UUID.class::equals);
            if (takesATaskId) {
                assertThat(coveredInA).as("isolation test calls CareTaskService.%s in family A with B's task",
                        method.getName()).contains(method.getName());
            }
        }
    }
}
