package app.village.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.MailRecipients;
import app.village.family.FamilyRole;
import app.village.notification.MailDelivery;
import app.village.notification.MailKind;
import app.village.notification.MailPreferences;
import app.village.notification.MailPreferencesService;
import app.village.notification.OutboxForTests;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.LoopbackSmtp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** A reminder that waited past its item's start (her quiet hours) is withdrawn; one still ahead goes. */
class ReminderHeldPastItsStartTest extends LoopbackSmtp {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("Europe/Berlin");

    @Autowired Reminders reminders;
    @Autowired MailDelivery delivery;
    @Autowired OutboxForTests outbox;
    @Autowired MailRecipients recipients;
    @Autowired ShiftService shifts;
    @Autowired MailPreferencesService preferences;

    @Test
    void aReminderHeldPastTheStartIsWithdrawnAndTheNextDaysReminderStillGoes() throws Exception {
        at(DAY, 10, 0);
        family.mother();
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        var roseAddress = recipients.of(List.of(rose.accountId())).get(rose.accountId()).email();
        family.as(rose);
        preferences.saveMine(new MailPreferences(true, true, null, true, MailPreferences.DEFAULT_EVENING_BEFORE,
                MailPreferences.DEFAULT_BEFORE_START, LocalTime.of(17, 30), LocalTime.of(20, 0), BERLIN));
        var tonight = nightWithRose(DAY, rose);
        var tomorrow = nightWithRose(DAY.plusDays(1), rose);

        at(DAY, 18, 0);
        reminders.sendDue();
        delivery.deliverDue();
        var held = outbox.rowsTo(roseAddress).stream().filter(row -> row.letter().kind() == MailKind.REMINDER)
                .toList();
        assertThat(held).as("tonight's hour-before and tomorrow's evening-before reminders, held").hasSize(2)
                .allSatisfy(row -> assertThat(row.heldSince()).isNotNull());

        at(DAY, 20, 1);
        delivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessagesForDomain(roseAddress)).as("one summary, with tomorrow's only")
                .hasSize(1);
        var text = java.util.Objects.requireNonNull(
                partOf(greenMail.getReceivedMessagesForDomain(roseAddress)[0], "text/plain"));
        assertThat(text).contains("shifts/" + tomorrow).doesNotContain("shifts/" + tonight);
        var rows = outbox.rowsTo(roseAddress).stream().filter(row -> row.letter().kind() == MailKind.REMINDER)
                .toList();
        var forTonight = rows.stream().filter(row -> row.letter().values().get("path").endsWith(tonight.toString()))
                .findFirst().orElseThrow();
        var forTomorrow = rows.stream().filter(row -> row.letter().values().get("path").endsWith(tomorrow.toString()))
                .findFirst().orElseThrow();
        assertThat(forTonight.withdrawnAt()).as("tonight's shift began at 19:00").isNotNull();
        assertThat(forTonight.sentAt()).isNull();
        assertThat(forTomorrow.sentAt()).isNotNull();
    }

    private ShiftId nightWithRose(LocalDate day, app.village.security.VillageUser rose) {
        family.as(family.mother());
        var shift = shifts.create(family.space(),
                new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(19, 0), null, LocalTime.of(7, 0), 2, ""));
        family.as(rose);
        shifts.signUp(family.space(), shift);
        family.as(family.mother());
        return shift;
    }

    private void at(LocalDate day, int hour, int minute) {
        family.clock().set(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BERLIN).toInstant());
    }
}
