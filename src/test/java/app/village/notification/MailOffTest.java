package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** The test profile, like a first run, sets no spring.mail.host: mail is off and nothing fails. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailOffTest {

    @Autowired MailOutbox mailOutbox;
    @Autowired OutboxForTests letters;
    @Autowired MailDelivery mailDelivery;
    @Autowired DeliveryQueue queue;
    @Autowired Composer composer;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired MailSettings settings;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;

    @Test
    void withoutAnSmtpHostMessagesWaitAndTheLogSaysOnceThatMailIsOff(CapturedOutput output) {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        var address = "off-" + Instant.now().toEpochMilli() + "@family.example";
        transactions.executeWithoutResult(status -> mailOutbox.record(TestLetters.letter(address, "Ana", "Body")));
        var offWorker = new MailDelivery(queue, composer, (JavaMailSender) null, settings, clock);

        offWorker.deliverDue();
        clock.advance(Duration.ofMinutes(15));
        offWorker.deliverDue();
        assertThat(timesSaidOff(output)).as("said once, however often it runs").isEqualTo(1);
        mailDelivery.deliverDue();

        var waiting = outbox.findByToAddress(address).getFirst();
        assertThat(waiting.getSentAt()).isNull();
        assertThat(waiting.getAttempts()).isZero();
        assertThat(waiting.getGivenUpAt()).isNull();
        assertThat(letters.waitingFor(address)).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(address);
    }

    private static int timesSaidOff(CapturedOutput output) {
        return output.getAll().split("Mail delivery is off", -1).length - 1;
    }
}
