package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.TestClockConfiguration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The care-task module on its own, with only the modules it depends on (no shifts, no calendar, no demo): when
 * the family module announces that Rose left, the dinner she had taken on goes back up for someone else.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith(SecurityContextOfThisApplication.class)
class TaskReleaseModuleTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired FamilyService families;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired JdbcTemplate jdbc;

    @Test
    void whenSheLeavesHerTaskGoesBackUp(Scenario scenario) {
        var maya = family.mother();
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        var space = family.space();
        var inTenDays = LocalDate.ofInstant(family.clock().instant(), ZoneOffset.UTC).plusDays(10);
        family.as(maya);
        var dinner = taskWrites.create(space, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", inTenDays, 60));
        family.as(rose);
        taskWrites.claim(space, dinner);

        scenario.stimulate(() -> families.leave(space))
                .andWaitForStateChange(() -> jdbc.queryForObject(
                        "select count(*) from care_task where id = ? and assignee_id is null", Integer.class, dinner.value()),
                        unclaimed -> unclaimed == 1)
                .andVerify(unclaimed -> assertThat(unclaimed).isEqualTo(1));
        family.as(maya);
        var task = taskReads.task(space, dinner).task();
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.assigneeName()).isNull();
    }
}
