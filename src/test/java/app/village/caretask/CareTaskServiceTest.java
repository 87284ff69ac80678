package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationService;
import app.village.family.NotAllowedException;
import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CareTaskServiceTest {

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;

    VillageUser maya;
    VillageUser rose;
    VillageUser uncle;
    UUID space;

    @BeforeEach
    void aFamily() {
        var data = new FamilyTestData(accounts, families, invitations);
        maya = data.person("Maya");
        rose = data.person("Rose");
        uncle = data.person("Uncle Bo");
        space = data.spaceOf(maya, "The Rivera family");
        data.join(maya, space, rose, FamilyRole.SUPPORTER);
        data.join(maya, space, uncle, FamilyRole.VIEWER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    void as(VillageUser user) {
        SignedIn.as(user.accountId(), user.displayName());
    }

    static TaskForm dinner() {
        return TaskForm.once("Bring dinner", TaskCategory.MEALS, "Vegetarian, no peanuts", LocalDate.now(), 60);
    }

    @Test
    void theMotherAddsATaskAndHerMotherTakesItOnAndFinishesIt() {
        as(maya);
        var task = taskWrites.create(space, dinner());

        as(rose);
        taskWrites.claim(space, task);
        assertThat(taskReads.tasks(space)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.CLAIMED))
                .satisfies(t -> assertThat(t.mine()).isTrue());
        taskWrites.markDone(space, task, "Left the soup in the fridge");

        as(maya);
        assertThat(taskReads.tasks(space)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE))
                .satisfies(t -> assertThat(t.assigneeName()).isEqualTo("Rose"))
                .satisfies(t -> assertThat(t.doneNote()).isEqualTo("Left the soup in the fridge"));
    }

    @Test
    void claimingATaskSomeoneElseJustTookTellsWhoHasIt() {
        as(maya);
        var task = taskWrites.create(space, dinner());
        taskWrites.claim(space, task);

        as(rose);
        assertThatThrownBy(() -> taskWrites.claim(space, task))
                .isInstanceOf(AlreadyTakenException.class)
                .hasMessage("Maya has already taken this on.");
    }

    @Test
    void handingBackReopensTheTaskForOthers() {
        as(maya);
        var task = taskWrites.create(space, dinner());
        as(rose);
        taskWrites.claim(space, task);
        taskWrites.handBack(space, task);

        as(maya);
        taskWrites.claim(space, task);
        assertThat(taskReads.tasks(space)).singleElement().satisfies(t -> assertThat(t.mine()).isTrue());
    }

    @Test
    void rolesDecideWhoMayAddAndWhoMayClaim() {
        as(rose);
        assertThatThrownBy(() -> taskWrites.create(space, dinner())).isInstanceOf(NotAllowedException.class);
        var own = taskWrites.addMyOwnTask(space, dinner());
        assertThat(taskReads.tasks(space)).singleElement().satisfies(t -> assertThat(t.mine()).isTrue());
        taskWrites.delete(space, own);

        as(maya);
        var task = taskWrites.create(space, dinner());
        as(uncle);
        assertThat(taskReads.tasks(space)).hasSize(1);
        assertThatThrownBy(() -> taskWrites.claim(space, task)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> taskWrites.delete(space, task)).isInstanceOf(TaskProblem.class);
    }

    @Test
    void badTasksAreRefusedAndStoreNothing() {
        as(maya);
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
        as(maya);
        var task = taskWrites.create(space, dinner());
        var data = new FamilyTestData(accounts, families, invitations);
        var anna = data.person("Anna");
        var annasSpace = data.spaceOf(anna, "Anna's family");

        as(anna);
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

        as(maya);
        assertThat(taskReads.tasks(space)).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
    }
}
