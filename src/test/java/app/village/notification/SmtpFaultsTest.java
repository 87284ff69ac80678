package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.LoopbackSmtp;
import app.village.testsupport.MutableClock;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Header;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SMTP servers that misbehave, on loopback: a refused login, one that never answers, one that drops the
 * connection, one that refuses the address for good or for now; and header text in a name. Each is retried,
 * given up or refused with a reason, nothing is sent twice, and no address, name or content reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SmtpFaultsTest extends LoopbackSmtp {

    static final Instant START = Instant.parse("2026-12-07T20:00:00Z");
    static final String TO = "ivy.rivera@family.example";
    static final String NAME = "Ivy Rivera";
    static final String MESSAGE = "Could you take Tuesday night?";

    @Autowired MailOutbox mailOutbox;
    @Autowired MailDelivery mailDelivery;
    @Autowired DeliveryQueue queue;
    @Autowired Composer composer;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired MailSettings settings;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void emptyOutbox() {
        outbox.deleteAll();
        clock.set(START);
    }

    @Test
    void aRefusedLoginIsRetriedWithItsReasonAndTheMessageGoesOnceTheLoginIsRight(CapturedOutput output)
            throws Exception {
        var guarded = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("village", "the right one"));
        guarded.start();
        try {
            var id = record();

            workerFor(sender(guarded.getSmtp().getPort(), "village", "a wrong one")).deliverDue();

            var refused = outbox.findById(id).orElseThrow();
            assertThat(refused.getAttempts()).isEqualTo(1);
            assertThat(refused.getSentAt()).isNull();
            assertThat(refused.getGivenUpAt()).isNull();
            assertThat(refused.getNextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            assertThat(refused.getLastFailure()).contains("Authentication");
            assertThat(guarded.getReceivedMessages()).isEmpty();

            clock.advance(Duration.ofMinutes(1));
            workerFor(sender(guarded.getSmtp().getPort(), "village", "the right one")).deliverDue();

            assertThat(guarded.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(outbox.findById(id).orElseThrow().getSentAt()).isEqualTo(clock.instant());
        } finally {
            guarded.stop();
        }
        assertNothingPersonalIn(output);
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersTimesOutTheJobReturnsAndTheMessageIsRetriedLater(CapturedOutput output)
            throws Exception {
        try (var silent = FakeSmtpServer.neverAnswering()) {
            var id = record();
            var worker = workerFor(sender(silent.port(), null, null));

            var started = System.nanoTime();
            worker.deliverDue();
            var took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as("the job returns after the 1-second timeout").isLessThan(Duration.ofSeconds(8));
            assertThat(silent.connectionsSeen()).isEqualTo(1);
            var waiting = outbox.findById(id).orElseThrow();
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getGivenUpAt()).isNull();
            assertThat(waiting.getNextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            assertThat(waiting.getLastFailure()).containsIgnoringCase("timed out");

            clock.advance(Duration.ofMinutes(1));
            worker.deliverDue();
            assertThat(silent.connectionsSeen()).as("tried again once it was due").isEqualTo(2);
            assertThat(outbox.findById(id).orElseThrow().getAttempts()).isEqualTo(2);
        }
        assertNothingPersonalIn(output);
    }

    @Test
    void aServerThatDropsTheConnectionMidwayMeansTheMessageIsRetriedNotLost(CapturedOutput output) throws Exception {
        try (var dropping = FakeSmtpServer.droppingAfterMailFrom()) {
            var id = record();

            workerFor(sender(dropping.port(), null, null)).deliverDue();

            var waiting = outbox.findById(id).orElseThrow();
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getSentAt()).isNull();
            assertThat(waiting.getGivenUpAt()).isNull();
            assertThat(waiting.getNextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            assertThat(waiting.getLastFailure()).isNotBlank();

            clock.advance(Duration.ofMinutes(1));
            mailDelivery.deliverDue();
            assertThat(greenMail.waitForIncomingEmail(5_000, 1)).as("sent once a server answers").isTrue();
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        }
        assertNothingPersonalIn(output);
    }

    @Test
    void anAddressTheServerRefusesForGoodIsGivenUpAtOnceWithAReason(CapturedOutput output) throws Exception {
        var longAnswer = "550 5.1.1 <" + TO + ">: no such user here, " + "see the postmaster's page ".repeat(20);
        try (var refusing = FakeSmtpServer.answeringRecipientsWith(longAnswer)) {
            var id = record();
            var worker = workerFor(sender(refusing.port(), null, null));

            worker.deliverDue();

            var givenUp = outbox.findById(id).orElseThrow();
            assertThat(givenUp.getGivenUpAt()).isEqualTo(START);
            assertThat(givenUp.getAttempts()).isEqualTo(1);
            assertThat(givenUp.getSentAt()).isNull();
            assertThat(givenUp.getLastFailure()).startsWith(SmtpRefusal.ADDRESS_REFUSED).contains("550")
                    .doesNotContain("@").doesNotContain("ivy").hasSizeLessThanOrEqualTo(300);

            clock.advance(Duration.ofDays(1));
            worker.deliverDue();
            assertThat(refusing.connectionsSeen()).as("never tried again").isEqualTo(1);
        }
        assertNothingPersonalIn(output);
    }

    @Test
    void anAddressTheServerRefusesForNowIsRetried(CapturedOutput output) throws Exception {
        try (var busy = FakeSmtpServer.answeringRecipientsWith("451 4.3.0 <" + TO + ">: try again later")) {
            var id = record();

            workerFor(sender(busy.port(), null, null)).deliverDue();

            var waiting = outbox.findById(id).orElseThrow();
            assertThat(waiting.getGivenUpAt()).isNull();
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getNextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            assertThat(waiting.getLastFailure()).doesNotStartWith(SmtpRefusal.ADDRESS_REFUSED).doesNotContain("@");
        }
        assertNothingPersonalIn(output);
    }

    @Test
    void headerTextInANameOrAFamilyNameAddsNoHeaderAndNoRecipient(CapturedOutput output) throws Exception {
        transactions.executeWithoutResult(status -> mailOutbox.record(
                TestLetters.letter(TO, "Rose\r\nBcc: thief@elsewhere.example", "Hello\r\nBcc: thief2@elsewhere.example")
                        .inFamily("The Silvas\nBcc: thief3@elsewhere.example\u2028Cc: thief4@elsewhere.example")));

        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        Thread.sleep(200); // a smuggled second recipient would arrive right after the first
        var received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        var message = received[0];
        assertThat(message.getAllRecipients()).hasSize(1);
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(TO);
        var headerNames = new ArrayList<String>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            headerNames.add(header.getName().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(headerNames).doesNotContain("bcc", "cc").filteredOn("subject"::equals).hasSize(1);
        assertThat(message.getSubject()).doesNotContain("\r", "\n", "\u2028")
                .startsWith("The Silvas Bcc: thief3@elsewhere.example Cc: thief4@elsewhere.example: Rose Bcc:");
        assertThat(greenMail.getReceivedMessagesForDomain("elsewhere.example")).isEmpty();
        assertThat(output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")))
                .noneMatch(line -> line.contains(TO) || line.contains("Rose") || line.contains("thief"));
    }

    private UUID record() {
        transactions.executeWithoutResult(status -> mailOutbox.record(TestLetters.letter(TO, NAME, MESSAGE)));
        return outbox.findByToAddress(TO).getFirst().getId();
    }

    private MailDelivery workerFor(JavaMailSenderImpl sender) {
        return new MailDelivery(queue, composer, sender, settings, clock);
    }

    /** Like production's, with 1-second timeouts so a silent server costs the test a second. */
    private static JavaMailSenderImpl sender(int port, String username, String password) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "1000");
        properties.setProperty("mail.smtp.timeout", "1000");
        properties.setProperty("mail.smtp.writetimeout", "1000");
        if (username != null) {
            sender.setUsername(username);
            sender.setPassword(password);
            properties.setProperty("mail.smtp.auth", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** Village's log; the test's own mail server (GreenMail) logs the mailboxes it creates, which is its business. */
    private static void assertNothingPersonalIn(CapturedOutput output) {
        var villageLog = output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")).toList();
        assertThat(villageLog).isNotEmpty().noneMatch(line -> line.contains(TO) || line.contains(NAME)
                || line.contains(MESSAGE) || line.contains("ivy.rivera") || line.contains("Tuesday"));
    }
}
