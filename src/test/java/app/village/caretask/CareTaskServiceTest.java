package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CareTaskServiceTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;

    VillageUser maya;
    VillageUser rose;
    VillageUser uncle;
    SpaceId space;

    @BeforeEach
    void aFamily() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        uncle = family.person("Uncle Bo", FamilyRole.VIEWER);
        space = family.space();
    }

    static TaskForm dinner() {
        return TaskForm.once("Bring dinner", TaskCategory.MEALS, "Vegetarian, no peanuts", LocalDate.now(), 60);
    }

    @Test
    void theMotherAddsATaskAndHerMotherTakesItOnAndFinishesIt() {
        family.as(maya);
        var task = taskWrites.create(space, dinner());

        family.as(rose);
        taskWrites.claim(space, task);
        assertThat(taskReads.tasks(space)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.CLAIMED))
                .satisfies(t -> assertThat(t.mine()).isTrue());
        taskWrites.markDone(space, task, "Left the soup in the fridge");

        family.as(maya);
        assertThat(taskReads.tasks(space)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE))
                .satisfies(t -> assertThat(t.assigneeName()).isEqualTo("Rose"))
                .satisfies(t -> assertThat(t.doneNote()).isEqualTo("Left the soup in the fridge"));
    }

    @Test
    void claimingATaskSomeoneElseJustTookTellsWhoHasIt() {
        family.as(maya);
        var task = taskWrites.create(space, dinner());
        taskWrites.claim(space, task);

        family.as(rose);
        assertThatThrownBy(() -> taskWrites.claim(space, task))
                .isInstanceOf(AlreadyTakenException.class)
                .hasMessage("Maya has already taken this on.");
    }

    @Test
    void handingBackReopensTheTaskForOthers() {
        family.as(maya);
        var task = taskWrites.create(space, dinner());
        family.as(rose);
        taskWrites.claim(space, task);
        taskWrites.handBack(space, task);

        family.as(maya);
        taskWrites.claim(space, task);
        assertThat(taskReads.tasks(space)).singleElement().satisfies(t -> assertThat(t.mine()).isTrue());
    }

    @Test
    void rolesDecideWhoMayAddAndWhoMayClaim() {
        family.as(rose);
        assertThatThrownBy(() -> taskWrites.create(space, dinner())).isInstanceOf(NotAllowedException.class);
        var own = taskWrites.addMyOwnTask(space, dinner());
        assertThat(taskReads.tasks(space)).singleElement().satisfies(t -> assertThat(t.mine()).isTrue());
        taskWrites.delete(space, own);

        family.as(maya);
        var task = taskWrites.create(space, dinner());
        family.as(uncle);
        assertThat(taskReads.tasks(space)).hasSize(1);
        assertThatThrownBy(() -> taskWrites.claim(space, task)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> taskWrites.delete(space, task)).isInstanceOf(TaskProblem.class);
    }

    @Test
    void badTasksAreRefusedAndStoreNothing() {
        family.as(maya);
        var refused = new TaskForm[] {
                TaskForm.once("", TaskCategory.MEALS, "", null, 30),
                TaskForm.once("x".repeat(121), TaskCategory.MEALS, "", null, 30),
                TaskForm.once("Dinner", TaskCategory.MEALS, "n".repeat(2001), null, 30),
                TaskForm.once("Dinner", TaskCategory.MEALS, "", null, -5),
                TaskForm.once("Dinner", TaskCategory.MEALS, "", null, 100_000),
                TaskForm.once("Dinner", TaskCategory.MEALS, "", LocalDate.now().plusYears(200), 30),
                TaskForm.once("<script>alert(1)</script>", TaskCategory.MEALS, "", null, 30),
                TaskForm.once("Dinner", null, "", null, 30),
        };
        for (var form : refused) {
            assertThatThrownBy(() -> taskWrites.create(space, form)).as("%s", form)
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(taskReads.tasks(space)).isEmpty();
    }

    @Test
    void anotherFamilysTasksAreNeverReachable() {
        family.as(maya);
        var task = taskWrites.create(space, dinner());
        var anna = family.stranger("Anna");
        var annasSpace = family.spaceOf(anna, "Anna's family");

        family.as(anna);
        assertThatThrownBy(() -> taskReads.tasks(space)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taskWrites.claim(space, task)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taskWrites.create(space, dinner())).isInstanceOf(AccessDeniedException.class);
        // Her own space with the other family's task id: not found, nothing named.
        assertThatThrownBy(() -> taskWrites.claim(annasSpace, task)).isInstanceOf(TaskProblem.class)
                .hasMessageNotContaining("Maya");
        assertThatThrownBy(() -> taskWrites.delete(annasSpace, task)).isInstanceOf(TaskProblem.class);
        assertThatThrownBy(() -> taskWrites.edit(annasSpace, task, dinner())).isInstanceOf(TaskProblem.class);
        assertThatThrownBy(() -> taskWrites.markDone(annasSpace, task, "")).isInstanceOf(TaskProblem.class);
        assertThatThrownBy(() -> taskWrites.handBack(annasSpace, task)).isInstanceOf(TaskProblem.class);

        family.as(maya);
        assertThat(taskReads.tasks(space)).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
    }
}
