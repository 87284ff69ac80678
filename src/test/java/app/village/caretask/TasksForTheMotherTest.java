package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasks done for the mother ("Bring Maya water during the 3 a.m. feed"): she sees them, is not offered them,
 * can't take them on, and they never count in her own fair share.
 */
@IntegrationTest
class TasksForTheMotherTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("America/Chicago");

    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired FairShareService fairShares;
    // Other tests in this context move the app's clock: "today" is the app's, not the system's.
    @Autowired MutableClock clock;

    VillageUser maya;
    VillageUser rose;
    VillageUser sam;
    SpaceId space;
    LocalDate today;

    @BeforeEach
    void aFamily() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        sam = family.person("Sam", FamilyRole.ORGANIZER);
        space = family.space();
        today = clock.instant().atZone(ZoneId.of("America/Chicago")).toLocalDate();
        // Midday: a task without a start time is night work (counted double) when done at night, and the fair-share
        // figures below are for day work. The fixture puts the clock back after each test.
        clock.set(today.atTime(12, 0).atZone(ZoneId.of("America/Chicago")).toInstant());
    }

    TaskId water() {
        family.as(sam);
        return taskWrites.create(space, TaskForm.once("Bring Maya water during the 3 a.m. feed",
                TaskCategory.CARE_FOR_THE_MOTHER, "", today, 15).withForMother(true));
    }

    @Test
    void theMotherSeesHerCareButIsNotOfferedIt() {
        var water = water();

        family.as(maya);
        var open = taskReads.today(space).open();
        assertThat(open).extracting(TaskSummary::id, TaskSummary::forMother, TaskSummary::forMe, TaskSummary::mayClaim)
                .containsExactly(tuple(water, true, true, false));
        assertThat(taskReads.task(space, water).mayClaim()).isFalse();

        family.as(rose);
        assertThat(taskReads.today(space).open()).extracting(TaskSummary::forMe, TaskSummary::mayClaim)
                .containsExactly(tuple(false, true));
        assertThat(taskReads.task(space, water).mayClaim()).isTrue();
    }

    @Test
    void theHomesCountsSayWhatHerTodayListsWithCareForTheMotherOpenButNotHers() {
        water();

        family.as(maya);
        var hers = taskReads.today(space);
        var counted = taskReads.todayCounts(space);
        assertThat(counted.open()).isEqualTo(hers.open().size()).isEqualTo(1);
        assertThat(counted.mine()).isEqualTo(hers.mine().size()).isZero();
        assertThat(counted.noTasksYet()).isFalse();
        assertThat(counted.allTakenCareOf()).isFalse();

        family.as(rose);
        assertThat(taskReads.todayCounts(space).open()).isEqualTo(taskReads.today(space).open().size()).isEqualTo(1);
    }

    @Test
    void theServiceRefusesTheMothersClaimOfHerOwnCare() {
        var water = water();

        family.as(maya);
        assertThatThrownBy(() -> taskWrites.claim(space, water)).isInstanceOf(TaskProblem.class)
                .hasMessage("This one is for you: someone else takes it on.");
        assertThat(taskReads.task(space, water).task().status()).isEqualTo(TaskStatus.OPEN);

        family.as(rose);
        taskWrites.claim(space, water);
        assertThat(taskReads.task(space, water).task().assigneeName()).isEqualTo("you");
    }

    @Test
    void theMotherCannotAddHerOwnCareAsSomethingSheDoes() {
        family.as(maya);
        var form = TaskForm.once("Drink water", TaskCategory.CARE_FOR_THE_MOTHER, "", today, 5).withForMother(true);

        assertThatThrownBy(() -> taskWrites.addMyOwnTask(space, form)).isInstanceOf(TaskProblem.class);
        assertThat(taskReads.tasks(space)).isEmpty();
    }

    @Test
    void aRepeatingTaskForTheMotherKeepsTheMarkOnEveryDayAndInItsEditor() {
        family.as(sam);
        var first = taskWrites.create(space, TaskForm.once("Hold Luna so Maya can eat", TaskCategory.BABY_CARE, "",
                today, 45).withRepeat(app.village.base.Repeat.DAILY, null, 2, today.plusDays(3)).withForMother(true));

        family.as(maya);
        assertThat(taskReads.tasks(space)).hasSize(4).allSatisfy(task -> {
            assertThat(task.forMother()).isTrue();
            assertThat(task.mayClaim()).isFalse();
        });
        var details = taskReads.task(space, first);
        assertThat(details.form().forMother()).isTrue();
        assertThat(details.seriesForm()).isNotNull();
        assertThat(details.seriesForm().forMother()).isTrue();
    }

    @Test
    void careDoneForTheMotherNeverCountsInHerOwnFairShare() {
        // She took it on before an organizer marked it as care for her, then finished it.
        family.as(sam);
        var task = taskWrites.create(space, TaskForm.once("Hold Luna so Maya can eat", TaskCategory.BABY_CARE, "",
                today, 45));
        family.as(maya);
        taskWrites.claim(space, task);
        family.as(sam);
        taskWrites.edit(space, task, TaskForm.once("Hold Luna so Maya can eat", TaskCategory.BABY_CARE, "", today, 45)
                .withForMother(true));
        family.as(maya);
        taskWrites.markDone(space, task, null);
        var water = water();
        family.as(rose);
        taskWrites.claim(space, water);
        taskWrites.markDone(space, water, null);

        var share = fairShares.fairShare(space);

        assertThat(share.lastWeek()).extracting(FairShare.Share::name, FairShare.Share::minutes)
                .containsExactly(tuple("Rose", 15), tuple("Maya", 0), tuple("Sam", 0));
    }
}
