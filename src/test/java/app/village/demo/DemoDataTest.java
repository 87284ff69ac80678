package app.village.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.caretask.CareTaskService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskStatus;
import app.village.caretask.TaskSummary;
import app.village.family.FamilyService;
import app.village.family.InvitationService;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo seed loads through the services without breaking a rule, and a newcomer signing in as Maya finds
 * a living picture: tasks done, taken on and still open, and everyone with a share.
 */
@IntegrationTest
class DemoDataTest {

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskService careTasks;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theDemoFamilyHasCareTasksDoneTakenOnAndOpenAndEveryoneHasAShare() {
        // The loader runs here by hand: the test context shares one database, never empty, so run() would skip.
        var family = DemoData.read();
        var demo = new DemoData(accounts, families, invitations, careTasks, clock);
        var people = demo.register(family);
        var space = demo.loadSpace(family.space(), people);

        var maya = people.get("maya@village.example");
        SignedIn.as(maya.accountId(), maya.displayName());
        var today = clock.instant().atZone(ZoneId.of(family.space().timeZone())).toLocalDate();
        var tasks = careTasks.tasks(space);

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

        var myDay = careTasks.today(space);
        assertThat(myDay.open()).anyMatch(t -> t.dueDate() == null)
                .anyMatch(t -> today.equals(t.dueDate()) || today.plusDays(1).equals(t.dueDate()));
        assertThat(myDay.mine()).extracting(TaskSummary::title).contains("Write thank-you cards for the baby gifts");

        var lastWeek = careTasks.fairShare(space).lastWeek();
        assertThat(lastWeek).hasSize(4).allMatch(share -> share.minutes() > 0);
        assertThat(lastWeek).filteredOn(share -> share.name().equals("Daniel Rivera")).singleElement()
                .as("five nights at 15 minutes, counted double").returns(150, share -> share.minutes());
    }

    private static List<TaskSummary> titled(List<TaskSummary> tasks, String title) {
        return tasks.stream().filter(t -> t.title().equals(title)).toList();
    }
}
