package app.village.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.digest.DailyDigest;
import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.notification.MailDelivery;
import app.village.reminder.Reminders;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.testsupport.AfterCommitWork;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.KaribuUiTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * What the mail jobs cost the database on every run, when there is nothing to send (their usual state: delivery
 * every 15 s, reminders every minute, the digest every 5 minutes): SQL statements counted by Hibernate's
 * statistics (a count, not a timing), with one family and again with four. A run's cost must not grow with the
 * number of families. The figures are in docs/performance.md.
 */
@TestPropertySource(properties = {
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
class MailJobStatementsTest extends KaribuUiTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("Europe/Berlin");

    @Autowired MailDelivery delivery;
    @Autowired Reminders reminders;
    @Autowired DailyDigest digest;
    @Autowired ShiftService shifts;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anIdleRunOfEachMailJobCostsTheSameWithOneFamilyOrFour() {
        // Noon in Berlin: outside the digest's morning, and before the evening-before reminders of tomorrow's work.
        var clock = family.clock();
        clock.set(clock.instant().atZone(family.zone()).toLocalDate().atTime(12, 0).atZone(family.zone()).toInstant());
        withSomethingAhead(family.mother(), family.space(), family.person("Rose", FamilyRole.SUPPORTER));
        settle();
        var oneFamily = idleRuns();

        for (int i = 0; i < 3; i++) {
            var owner = family.stranger("Owner " + i);
            var space = family.spaceOf(owner, "Family " + i);
            var helper = family.stranger("Helper " + i);
            family.join(owner, space, helper, FamilyRole.SUPPORTER);
            withSomethingAhead(owner, space, helper);
        }
        settle();
        var fourFamilies = idleRuns();

        System.out.println("Statements per idle mail-job run, one family: " + oneFamily + ", four: " + fourFamilies);
        assertThat(fourFamilies).isEqualTo(oneFamily);
    }

    /** A night shift and a timed task tomorrow evening, each taken by the helper: reminders read them, none is due. */
    private void withSomethingAhead(VillageUser owner, SpaceId space, VillageUser helper) {
        var day = family.clock().instant().atZone(family.zone()).toLocalDate().plusDays(1);
        family.as(owner);
        var night = shifts.create(space, ShiftForm.of(ShiftKind.NIGHT, day, LocalTime.of(22, 0), LocalTime.of(6, 0)));
        var task = taskWrites.create(space, TaskForm.once("Cook dinner", TaskCategory.MEALS, "", day, 60)
                .withTimes(LocalTime.of(17, 0), LocalTime.of(18, 0)));
        family.as(helper);
        shifts.signUp(space, night);
        taskWrites.claim(space, task);
        family.signOut();
    }

    /**
     * Whatever the set-up made due (nothing, at noon, days ahead) is done before counting, and so is the work the
     * set-up's events started after commit (the bell rings on its own threads): statements are counted app-wide.
     */
    private void settle() {
        AfterCommitWork.awaitDone(jdbc);
        delivery.deliverDue();
        reminders.sendDue();
        digest.sendDue();
    }

    private Map<String, Long> idleRuns() {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("delivery", statementsOf(delivery::deliverDue));
        counts.put("reminders", statementsOf(reminders::sendDue));
        counts.put("digest", statementsOf(digest::sendDue));
        return counts;
    }

    private long statementsOf(Runnable run) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        var before = statistics.getPrepareStatementCount();
        run.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
