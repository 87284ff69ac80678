package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.security.VillageUser;
import app.village.shift.RestService;
import app.village.shift.SleepWindowForm;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.LoopbackSmtp;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing reaches the mother inside her sleep window, nor anyone inside her quiet hours: what came meanwhile
 * arrives as one message when the window ends, through a real SMTP server on loopback.
 */
class HeldMailDeliveryTest extends LoopbackSmtp {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("Europe/Berlin");

    @Autowired MailOutbox mailOutbox;
    @Autowired MailDelivery mailDelivery;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired RestService restService;
    @Autowired AccountService accountService;
    @Autowired MailPreferencesService preferences;
    @Autowired TransactionTemplate transactions;
    @Autowired DeliveryQueue queue;
    @Autowired Composer composer;
    @Autowired MailSettings settings;

    @BeforeEach
    void emptyOutbox() {
        outbox.deleteAll();
    }

    @Test
    void theMotherGetsNothingInsideHerSleepWindowAndOneMessageWithBothWhenItEnds() throws Exception {
        at(2026, 12, 8, 20, 0);
        var mother = motherWithWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));
        var address = emailOf(mother);

        at(2026, 12, 8, 23, 0);
        var first = record(address, mother, MailKind.CHANGES, "Ivy can't come on Tuesday.");
        mailDelivery.deliverDue();
        at(2026, 12, 9, 2, 0);
        var second = record(address, mother, MailKind.REMINDER, "Rose is on tonight's night shift.");
        mailDelivery.deliverDue();
        at(2026, 12, 9, 5, 59);
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(1_000, 1)).as("nothing inside her window").isFalse();
        assertThat(outbox.findById(first).orElseThrow().getAttempts()).as("holding is no attempt").isZero();

        at(2026, 12, 9, 6, 1);
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        var received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        var summary = received[0];
        assertThat(summary.getSubject()).isEqualTo("While you were resting");
        assertThat(summary.getMessageID()).isEqualTo("<" + first + "@mail.village.example>");
        var text = textOf(summary);
        assertThat(text).contains("Ivy can't come on Tuesday.", "Rose is on tonight's night shift.");
        assertThat(text.indexOf("Ivy can't come")).as("oldest first")
                .isLessThan(text.indexOf("Rose is on tonight"));
        var html = htmlOf(summary);
        assertThat(html).contains("Ivy can&#39;t come on Tuesday.", "Rose is on tonight&#39;s night shift.");
        assertThat(html.split(">Open it</a>", -1)).as("each held letter keeps its own button").hasSize(3);
        assertThat(outbox.findById(first).orElseThrow().getSentAt()).isNotNull();
        assertThat(outbox.findById(second).orElseThrow().getSentAt()).isNotNull();

        mailDelivery.deliverDue();
        assertThat(greenMail.getReceivedMessages()).as("nothing goes twice").hasSize(1);
    }

    @Test
    void whenTheSummaryCantBeSentEveryHeldMessageWaitsAndTriesAgainTogether() throws Exception {
        at(2026, 12, 8, 20, 0);
        var mother = motherWithWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));
        var address = emailOf(mother);
        at(2026, 12, 8, 23, 0);
        var first = record(address, mother, MailKind.CHANGES, "Ivy can't come on Tuesday.");
        var second = record(address, mother, MailKind.CHANGES, "Rose brings soup.");
        mailDelivery.deliverDue();

        at(2026, 12, 9, 6, 1);
        new MailDelivery(queue, composer, senderToNobody(), settings, family.clock()).deliverDue();

        for (var id : new UUID[] {first, second}) {
            var waiting = outbox.findById(id).orElseThrow();
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getSentAt()).isNull();
            assertThat(waiting.getNextAttemptAt()).isEqualTo(family.clock().instant().plusSeconds(60));
        }

        family.clock().advance(Duration.ofMinutes(1));
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(textOf(greenMail.getReceivedMessages()[0])).contains("Ivy can't come", "Rose brings soup.");
    }

    @Test
    void aMembersQuietHoursHoldHerMailTheSameWay() throws Exception {
        at(2026, 12, 8, 12, 0);
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        preferences.saveMine(new MailPreferences(true, true, null, true, MailPreferences.DEFAULT_EVENING_BEFORE,
                MailPreferences.DEFAULT_BEFORE_START, LocalTime.of(21, 0), LocalTime.of(7, 0), BERLIN));
        var address = accountService.myAccount().email();

        at(2026, 12, 8, 23, 0);
        record(address, rose, MailKind.MEMBERSHIP, "Ivy joined the family.");
        mailDelivery.deliverDue();
        at(2026, 12, 9, 3, 0);
        record(address, rose, MailKind.CHANGES, "The Thursday meal moved to Friday.");
        mailDelivery.deliverDue();
        assertThat(greenMail.waitForIncomingEmail(1_000, 1)).as("nothing in her quiet hours").isFalse();

        at(2026, 12, 9, 7, 1);
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        var received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("While your quiet hours were on");
        assertThat(textOf(received[0])).contains("Ivy joined the family.", "The Thursday meal moved to Friday.");
    }

    @Test
    void aLinkSheAskedForGoesAtOnceEvenInsideHerWindow() throws Exception {
        at(2026, 12, 8, 20, 0);
        var mother = motherWithWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));

        at(2026, 12, 9, 1, 30);
        record(emailOf(mother), mother, MailKind.YOUR_REQUEST, "Here is the link you asked for.");
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Maya has news");
    }

    @Test
    void aMessageOutsideHerWindowGoesAtOnceAsItself() throws Exception {
        at(2026, 12, 8, 20, 0);
        var mother = motherWithWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));

        at(2026, 12, 8, 21, 59);
        var id = record(emailOf(mother), mother, MailKind.CHANGES, "Ivy brings soup at seven.");
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        var received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Maya has news");
        assertThat(received.getMessageID()).isEqualTo("<" + id + "@mail.village.example>");
        assertThat(outbox.findById(id).orElseThrow().getHeldSince()).isNull();
    }

    @Test
    void acrossTheNightClocksGoForwardHerWindowStillEndsAtSixOnHerClock() throws Exception {
        // Europe/Berlin moves from 02:00 to 03:00 on Sunday 28 March 2027: that night is an hour shorter.
        at(2027, 3, 27, 20, 0);
        var mother = motherWithWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));

        at(2027, 3, 27, 23, 0);
        var id = record(emailOf(mother), mother, MailKind.CHANGES, "Ivy can't come on Tuesday.");
        mailDelivery.deliverDue();

        var sixOnHerClock = ZonedDateTime.of(2027, 3, 28, 6, 0, 0, 0, BERLIN).toInstant();
        assertThat(sixOnHerClock).isEqualTo(Instant.parse("2027-03-28T04:00:00Z"));
        assertThat(outbox.findById(id).orElseThrow().getNextAttemptAt()).isEqualTo(sixOnHerClock);

        family.clock().set(sixOnHerClock.minusSeconds(60));
        mailDelivery.deliverDue();
        assertThat(greenMail.waitForIncomingEmail(1_000, 1)).isFalse();

        family.clock().set(sixOnHerClock.plusSeconds(60));
        mailDelivery.deliverDue();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    private static JavaMailSender senderToNobody() throws IOException {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        try (var socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        return sender;
    }

    private VillageUser motherWithWindow(LocalTime start, LocalTime end) {
        var mother = family.mother();
        family.as(mother);
        restService.setSleepWindow(family.space(), new SleepWindowForm(start, end));
        return mother;
    }

    private String emailOf(VillageUser who) {
        family.as(who);
        return accountService.myAccount().email();
    }

    private UUID record(String address, VillageUser to, MailKind kind, String message) {
        transactions.executeWithoutResult(status -> mailOutbox.record(
                Letter.of(kind, "test-letter", address, to.accountId()).with("name", "Maya").with("message", message)));
        return outbox.findByToAddressOrderByCreatedAt(address).getLast().getId();
    }

    private void at(int year, int month, int day, int hour, int minute) {
        family.clock().set(LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toInstant());
    }

    private static String textOf(MimeMessage message) throws Exception {
        return Objects.requireNonNull(partOf(message, "text/plain"));
    }

    private static String htmlOf(MimeMessage message) throws Exception {
        return Objects.requireNonNull(partOf(message, "text/html"));
    }
}
