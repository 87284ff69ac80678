package app.village.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.VillageApplication;
import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.notification.MailDelivery;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SignedIn;
import app.village.testsupport.TestClockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The application stops between a reminder being recorded and being sent, and starts again on the same database
 * (an H2 file in a temporary folder): the reminder goes out exactly once, and the new instance records no second
 * one. The issue asks for this test; it starts the whole application twice, so it is slow.
 */
class ReminderRestartTest {

    static GreenMail greenMail;

    @TempDir Path folder;

    @BeforeAll
    static void startGreenMail() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
    }

    @AfterAll
    static void stopGreenMail() {
        greenMail.stop();
    }

    ConfigurableApplicationContext start(String databaseUrl) {
        // Command-line arguments, so they win over application-test.properties.
        var context = new SpringApplicationBuilder(VillageApplication.class, TestClockConfiguration.class)
                .profiles("test")
                .run("--spring.datasource.url=" + databaseUrl, "--server.port=0",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + greenMail.getSmtp().getPort(),
                        "--village.mail.from=Village <village@mail.village.example>");
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        return context;
    }

    @Test
    void aReminderRecordedBeforeARestartIsSentOnceAfterIt() throws Exception {
        var databaseUrl = "jdbc:h2:file:" + folder.resolve("village").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";

        try (var before = start(databaseUrl)) {
            before.getBean(MutableClock.class).set(Instant.parse("2026-03-27T10:00:00Z"));
            var people = new FamilyTestData(before.getBean(AccountService.class), before.getBean(FamilyService.class),
                    before.getBean(InvitationService.class));
            var maya = people.person("Maya");
            SignedIn.as(maya.accountId(), maya.displayName());
            var space = before.getBean(FamilyService.class)
                    .createSpace(SpaceForm.named("The Rivera family", "Europe/Berlin"));
            var rose = people.person("Rose");
            people.join(maya, space, rose, FamilyRole.SUPPORTER);
            SignedIn.as(maya.accountId(), maya.displayName());
            var shifts = before.getBean(ShiftService.class);
            var shift = shifts.create(space, new ShiftForm(ShiftKind.NIGHT, LocalDate.of(2026, 3, 29),
                    LocalTime.of(19, 0), null, LocalTime.of(7, 0), 1, ""));
            SignedIn.as(rose.accountId(), rose.displayName());
            shifts.signUp(space, shift);
            SignedIn.nobody();

            before.getBean(MutableClock.class).set(Instant.parse("2026-03-28T17:00:30Z"));
            before.getBean(Reminders.class).sendDue(); // recorded; the delivery job never ran
            assertThat(before.getBean(ReminderSentRepository.class).count()).isEqualTo(1);
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        try (var after = start(databaseUrl)) {
            after.getBean(MutableClock.class).set(Instant.parse("2026-03-28T17:01:30Z"));
            after.getBean(Reminders.class).sendDue();
            after.getBean(MailDelivery.class).deliverDue();
            after.getBean(Reminders.class).sendDue();
            after.getBean(MailDelivery.class).deliverDue();

            assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(greenMail.getReceivedMessages()).singleElement()
                    .satisfies(message -> assertThat(message.getSubject()).contains("Reminder: Night shift"));
            assertThat(after.getBean(ReminderSentRepository.class).count()).isEqualTo(1);
        } finally {
            SignedIn.nobody();
        }
    }
}
