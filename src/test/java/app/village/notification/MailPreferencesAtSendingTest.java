package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.LoopbackSmtp;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Her mail preferences are enforced once, when a message is sent: a kind she turned off is withdrawn, whether it was
 * just recorded, waiting for a retry or held for her quiet hours when she turned it off.
 */
class MailPreferencesAtSendingTest extends LoopbackSmtp {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("Europe/Berlin");

    @Autowired MailOutbox mailOutbox;
    @Autowired MailDelivery mailDelivery;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired MailPreferencesService preferences;
    @Autowired AccountService accountService;
    @Autowired TransactionTemplate transactions;
    @Autowired DeliveryQueue queue;
    @Autowired Composer composer;
    @Autowired MailSettings settings;

    @BeforeEach
    void emptyOutbox() {
        outbox.deleteAll();
        at(2026, 12, 8, 12, 0);
    }

    @Test
    void eachKindSheTurnedOffIsWithdrawnAndTheRestGoes() throws Exception {
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        family.as(rose);
        preferences.saveMine(wanting(false, false, Boolean.FALSE, false, null, null));
        var address = accountService.myAccount().email();

        var rows = recordOneOfEachKind(address, rose);
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
        Thread.sleep(200); // anything sent by mistake would arrive right after
        assertThat(subjects()).containsExactlyInAnyOrder("YOUR_REQUEST has news", "ACCOUNT_NOTICE has news");
        for (var kind : new MailKind[] {MailKind.MEMBERSHIP, MailKind.REMINDER, MailKind.DIGEST, MailKind.CHANGES}) {
            var withdrawn = outbox.findById(rows.get(kind)).orElseThrow();
            assertThat(withdrawn.getWithdrawnAt()).as(kind + " is withdrawn").isNotNull();
            assertThat(withdrawn.getSentAt()).isNull();
        }
    }

    @Test
    void withEverythingOnAndTheDigestLeftToHerRoleEveryKindGoes() throws Exception {
        var ivy = family.person("Ivy", FamilyRole.SUPPORTER);
        family.as(ivy);
        preferences.saveMine(wanting(true, true, null, true, null, null));
        var address = accountService.myAccount().email();

        recordOneOfEachKind(address, ivy);
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, MailKind.values().length)).isTrue();
        assertThat(subjects()).hasSize(MailKind.values().length);
    }

    @Test
    void mailWaitingForARetryWhenSheTurnedItsKindOffIsNotSent() throws Exception {
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        family.as(rose);
        var address = accountService.myAccount().email();
        var ask = record(address, rose, MailKind.CHANGES);
        new MailDelivery(queue, composer, senderToNobody(), settings, family.clock()).deliverDue();
        assertThat(outbox.findById(ask).orElseThrow().getAttempts()).isEqualTo(1);

        preferences.saveMine(wanting(true, true, null, false, null, null));
        family.clock().advance(Duration.ofMinutes(1));
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(outbox.findById(ask).orElseThrow().getWithdrawnAt()).isEqualTo(family.clock().instant());
    }

    @Test
    void mailHeldForHerQuietHoursLeavesOutTheKindsSheTurnedOffMeanwhile() throws Exception {
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        family.as(rose);
        preferences.saveMine(wanting(true, true, null, true, LocalTime.of(21, 0), LocalTime.of(7, 0)));
        var address = accountService.myAccount().email();

        at(2026, 12, 8, 23, 0);
        var joined = record(address, rose, MailKind.MEMBERSHIP);
        family.clock().advance(Duration.ofSeconds(1));
        var moved = record(address, rose, MailKind.CHANGES);
        mailDelivery.deliverDue();
        assertThat(outbox.findById(joined).orElseThrow().getHeldSince()).as("held for her quiet hours").isNotNull();

        preferences.saveMine(wanting(false, true, null, true, LocalTime.of(21, 0), LocalTime.of(7, 0)));
        at(2026, 12, 9, 7, 1);
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        var received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        var text = Objects.requireNonNull(partOf(received[0], "text/plain"));
        assertThat(text).contains("CHANGES has news").doesNotContain("MEMBERSHIP");
        assertThat(outbox.findById(joined).orElseThrow().getWithdrawnAt()).isNotNull();
        assertThat(outbox.findById(moved).orElseThrow().getSentAt()).isNotNull();
    }

    private static MailPreferences wanting(boolean membership, boolean reminders, @Nullable Boolean digest,
            boolean changes, @Nullable LocalTime quietFrom, @Nullable LocalTime quietUntil) {
        return new MailPreferences(membership, reminders, digest, changes, MailPreferences.DEFAULT_EVENING_BEFORE,
                MailPreferences.DEFAULT_BEFORE_START, quietFrom, quietUntil, quietFrom == null ? null : BERLIN);
    }

    private Map<MailKind, UUID> recordOneOfEachKind(String address, VillageUser to) {
        var rows = new EnumMap<MailKind, UUID>(MailKind.class);
        for (var kind : MailKind.values()) {
            rows.put(kind, record(address, to, kind));
            family.clock().advance(Duration.ofSeconds(1));
        }
        return rows;
    }

    private UUID record(String address, VillageUser to, MailKind kind) {
        transactions.executeWithoutResult(status -> mailOutbox.record(Letter.of(kind, "test-letter", address,
                to.accountId()).with("name", kind.name()).with("message", "A letter of kind " + kind.name() + ".")));
        return outbox.findByToAddressOrderByCreatedAt(address).getLast().getId();
    }

    private static ArrayList<String> subjects() throws Exception {
        var subjects = new ArrayList<String>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private static JavaMailSenderImpl senderToNobody() throws IOException {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        try (var socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        return sender;
    }

    private void at(int year, int month, int day, int hour, int minute) {
        family.clock().set(LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toInstant());
    }
}
