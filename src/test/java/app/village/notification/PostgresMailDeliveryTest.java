package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.MutableClock;
import app.village.testsupport.RequiresPostgres;
import app.village.testsupport.TestClockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Two workers on the real PostgreSQL send each message once (V15 and the claim on production's database). */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestClockConfiguration.class)
class PostgresMailDeliveryTest {

    static final GreenMail greenMail = startGreenMail();

    static GreenMail startGreenMail() {
        var server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void usePostgresAndGreenMail(DynamicPropertyRegistry registry) throws SQLException {
        try (var connection = DriverManager.getConnection(RequiresPostgres.Database.url(),
                RequiresPostgres.Database.user(), RequiresPostgres.Database.password());
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            return; // no database: @RequiresPostgres skips the class before any context is built
        }
        registry.add("spring.datasource.url", RequiresPostgres.Database::url);
        registry.add("spring.datasource.username", RequiresPostgres.Database::user);
        registry.add("spring.datasource.password", RequiresPostgres.Database::password);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    @AfterAll
    static void stopGreenMail() {
        greenMail.stop();
    }

    @Autowired MailOutbox mailOutbox;
    @Autowired DeliveryQueue queue;
    @Autowired Composer composer;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired JavaMailSender sender;
    @Autowired MailSettings settings;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;

    @Test
    void twoWorkersOnPostgresSendEachMessageExactlyOnce() throws Exception {
        var count = 40;
        for (var i = 0; i < count; i++) {
            var n = i;
            transactions.executeWithoutResult(
                    status -> mailOutbox.record(TestLetters.letter("pg" + n + "@family.example", "Member " + n, "Body " + n)));
        }
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var done = new ArrayList<Future<?>>();
            for (var i = 0; i < 2; i++) {
                var worker = new MailDelivery(queue, composer, sender, settings, clock);
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
        var messageIds = new HashSet<String>();
        for (var message : greenMail.getReceivedMessages()) {
            messageIds.add(message.getMessageID());
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(count);
        assertThat(messageIds).hasSize(count);
        assertThat(outbox.findAll()).allSatisfy(email -> assertThat(email.getSentAt()).isNotNull());
    }
}
