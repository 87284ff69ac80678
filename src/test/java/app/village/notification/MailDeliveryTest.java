package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.LoopbackSmtp;
import app.village.testsupport.MutableClock;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery through a real SMTP server (GreenMail on loopback), configured only by spring.mail.*. */
class MailDeliveryTest extends LoopbackSmtp {

    @Autowired MailOutbox mailOutbox;
    @Autowired MailDelivery mailDelivery;
    @Autowired DeliveryQueue queue;
    @Autowired Composer composer;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired JavaMailSender liveSender;
    @Autowired MailSettings settings;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;

    static final Instant START = Instant.parse("2026-12-07T20:00:00Z");

    @BeforeEach
    void emptyOutbox() {
        outbox.deleteAll();
        clock.set(START);
    }

    @Test
    void aRecordedLetterArrivesAsTextAndHtmlWithItsSubjectSenderAndStableMessageId() throws Exception {
        var id = record("rose@family.example", "Rose", "The link,\non two lines.");

        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        var received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        var message = received[0];
        assertThat(message.getSubject()).isEqualTo("Rose has news");
        assertThat(message.getContent()).isInstanceOf(jakarta.mail.Multipart.class);
        assertThat(partOf(message, "text/plain")).contains("Hello Rose,", "The link,\non two lines.");
        assertThat(partOf(message, "text/html")).contains("Hello Rose,", "The link,<br>on two lines.");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("village@mail.village.example");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Village");
        assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo("rose@family.example");
        assertThat(message.getMessageID()).isEqualTo("<" + id + "@mail.village.example>");

        var sent = outbox.findById(id).orElseThrow();
        assertThat(sent.getSentAt()).isEqualTo(START);
        assertThat(sent.getAttempts()).isEqualTo(1);

        mailDelivery.deliverDue();
        assertThat(greenMail.getReceivedMessages()).as("a sent message is not sent again").hasSize(1);
    }

    @Test
    void whenTheServerIsDownTheMessageWaitsAndIsRetriedAfterGrowingWaitsThenGivenUpWithAReason() throws Exception {
        var down = new MailDelivery(queue, composer, senderToNobody(), settings, clock);
        var id = record("ivy@family.example", "Ivy", "Could you take Tuesday night?");

        down.deliverDue();

        var waiting = outbox.findById(id).orElseThrow();
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getNextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(waiting.getSentAt()).isNull();
        assertThat(waiting.getGivenUpAt()).isNull();
        assertThat(waiting.getLastFailure()).isNotBlank().doesNotContain("@").doesNotContain("Tuesday");

        down.deliverDue();
        assertThat(outbox.findById(id).orElseThrow().getAttempts()).as("not due yet").isEqualTo(1);

        var expectedWaits = new ArrayList<>(DeliveryQueue.RETRY_WAITS);
        assertThat(expectedWaits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2));
        for (var attempt = 2; attempt <= 4; attempt++) {
            clock.advance(expectedWaits.get(attempt - 2));
            down.deliverDue();
            var retried = outbox.findById(id).orElseThrow();
            assertThat(retried.getAttempts()).isEqualTo(attempt);
            assertThat(retried.getNextAttemptAt()).isEqualTo(clock.instant().plus(expectedWaits.get(attempt - 1)));
            assertThat(retried.getGivenUpAt()).isNull();
        }

        clock.advance(Duration.ofHours(2));
        down.deliverDue();
        var givenUp = outbox.findById(id).orElseThrow();
        assertThat(givenUp.getAttempts()).isEqualTo(5);
        assertThat(givenUp.getGivenUpAt()).isEqualTo(clock.instant());
        assertThat(givenUp.getSentAt()).isNull();
        assertThat(givenUp.getLastFailure()).contains("ConnectException").doesNotContain("@");

        clock.advance(Duration.ofDays(1));
        down.deliverDue();
        mailDelivery.deliverDue();
        assertThat(outbox.findById(id).orElseThrow().getAttempts()).as("given up for good").isEqualTo(5);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMessageThatFailedOnceIsSentOnceTheServerAnswersAgainWithTheSameMessageId() throws Exception {
        var id = record("ivy@family.example", "Ivy", "Could you take Tuesday night?");
        new MailDelivery(queue, composer, senderToNobody(), settings, clock).deliverDue();

        clock.advance(Duration.ofSeconds(59));
        mailDelivery.deliverDue();
        assertThat(greenMail.getReceivedMessages()).as("still waiting out its minute").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        mailDelivery.deliverDue();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getMessageID()).isEqualTo("<" + id + "@mail.village.example>");
        var sent = outbox.findById(id).orElseThrow();
        assertThat(sent.getSentAt()).isEqualTo(clock.instant());
        assertThat(sent.getAttempts()).isEqualTo(2);
    }

    @Test
    void twoWorkersOnOneDatabaseSendEachMessageExactlyOnce() throws Exception {
        var count = 40;
        for (var i = 0; i < count; i++) {
            record("member" + i + "@family.example", "Member " + i, "Body " + i);
        }
        var workers = new MailDelivery[] {
            new MailDelivery(queue, composer, liveSender, settings, clock), new MailDelivery(queue, composer, liveSender, settings, clock)
        };

        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(workers.length)) {
            var done = new ArrayList<java.util.concurrent.Future<?>>();
            for (var worker : workers) {
                done.add(threads.submit(() -> {
                    start.await();
                    worker.deliverDue();
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(greenMail.waitForIncomingEmail(5_000, count)).isTrue();
        var received = greenMail.getReceivedMessages();
        var messageIds = new HashSet<String>();
        for (MimeMessage message : received) {
            messageIds.add(message.getMessageID());
        }
        assertThat(received).hasSize(count);
        assertThat(messageIds).hasSize(count);
        assertThat(outbox.findAll()).allSatisfy(email -> {
            assertThat(email.getSentAt()).isNotNull();
            assertThat(email.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void aLetterThatCantBeWrittenDoesNotStopTheOthersAndIsRetriedThenGivenUp() throws Exception {
        record("first@family.example", "First", "Before the bad one.");
        clock.advance(Duration.ofSeconds(1));
        transactions.executeWithoutResult(status -> mailOutbox.record(
                Letter.of(MailKind.MEMBERSHIP, "renamed-since", "bad@family.example", null).with("name", "Bad")));
        var bad = outbox.findByToAddress("bad@family.example").getFirst().getId();
        clock.advance(Duration.ofSeconds(1));
        record("last@family.example", "Last", "After the bad one.");

        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(greenMail.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("first@family.example", "last@family.example");
        var failed = outbox.findById(bad).orElseThrow();
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getClaimedBy()).as("not left claimed for the lease").isNull();
        assertThat(failed.getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(failed.getLastFailure()).isEqualTo(java.io.UncheckedIOException.class.getName());

        for (var wait : DeliveryQueue.RETRY_WAITS) {
            clock.advance(wait);
            mailDelivery.deliverDue();
        }
        var givenUp = outbox.findById(bad).orElseThrow();
        assertThat(givenUp.getAttempts()).isEqualTo(5);
        assertThat(givenUp.getGivenUpAt()).isEqualTo(clock.instant());
        assertThat(givenUp.getSentAt()).isNull();
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aMessageRecordedBeforeLettersIsStillSentAsItsPlainTextSubjectAndBody() throws Exception {
        var legacy = outbox.save(new OutgoingEmail("old@family.example", "Written out in full", "Hello,\nas before.",
                START));

        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        var message = greenMail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Written out in full");
        assertThat(message.getContent().toString().replace("\r\n", "\n").strip()).isEqualTo("Hello,\nas before.");
        assertThat(outbox.findById(legacy.getId()).orElseThrow().getSentAt()).isEqualTo(START);
    }

    private UUID record(String to, String name, String message) {
        transactions.executeWithoutResult(status -> mailOutbox.record(TestLetters.letter(to, name, message)));
        return outbox.findByToAddress(to).getFirst().getId();
    }

    private static JavaMailSender senderToNobody() throws IOException {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        try (var socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        return sender;
    }
}
