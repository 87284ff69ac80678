package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.account.PasswordResetService;
import app.village.account.Registration;
import app.village.account.ResetRequest;
import app.village.base.SecretTokens;
import app.village.testsupport.LoopbackSmtp;
import app.village.testsupport.MutableClock;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A message's secret is made from its outbox row: sending the same row again (a retry after the server took it and
 * dropped the connection) carries the same link, which still works; a newer row carries another.
 */
class RetriedSecretTest extends LoopbackSmtp {

    static final Instant START = Instant.parse("2026-12-07T20:00:00Z");
    static final Pattern LINK = Pattern.compile("reset-password/([A-Za-z0-9_-]{43})");

    @Autowired AccountService accountService;
    @Autowired PasswordResetService resets;
    @Autowired Composer composer;
    @Autowired MailDelivery mailDelivery;
    @Autowired DeliveryQueue queue;
    @Autowired MailSettings settings;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired SecretSeeds seeds;
    @Autowired MutableClock clock;

    String email;

    @BeforeEach
    void roseForgotHerPassword() {
        outbox.deleteAll();
        clock.set(START);
        email = "rose-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(email, "Rose", "a quiet night for everyone"));
        resets.requestReset(new ResetRequest(email));
    }

    @Test
    void theSameRowComposedTwiceCarriesTheSameLinkAndItStillWorks() {
        var row = newestTo(email);

        var first = tokenIn(composer.compose(row).orElseThrow().text());
        var second = tokenIn(composer.compose(row).orElseThrow().text());

        assertThat(second).isEqualTo(first);
        resets.requireUsableLink(first);

        clock.advance(Duration.ofSeconds(1));
        resets.requestReset(new ResetRequest(email));
        var newer = tokenIn(composer.compose(newestTo(email)).orElseThrow().text());
        assertThat(newer).as("a new request is a new row, with its own link").isNotEqualTo(first);
        resets.requireUsableLink(newer);
        assertThatThrownBy(() -> resets.requireUsableLink(first)).as("the older request was superseded")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aServerThatTookTheMessageAndDroppedTheConnectionGetsTheSameLinkOnTheRetry() throws Exception {
        String firstLink;
        try (var dropping = FakeSmtpServer.droppingAfterData()) {
            new MailDelivery(queue, composer, sender(dropping.port()), settings, clock).deliverDue();

            assertThat(dropping.messagesTaken()).hasSize(1);
            firstLink = tokenIn(Objects.requireNonNull(partOf(parse(dropping.messagesTaken().getFirst()),
                    "text/plain")));
        }
        var waiting = newestTo(email);
        assertThat(waiting.getSentAt()).as("the server never said it took it").isNull();
        assertThat(waiting.getAttempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        var retriedLink = tokenIn(Objects.requireNonNull(partOf(greenMail.getReceivedMessages()[0], "text/plain")));
        assertThat(retriedLink).isEqualTo(firstLink);
        resets.requireUsableLink(firstLink);
    }

    @Test
    void aSeedIsALinkTokenAndASixDigitCodeTheSameForOneRowAndAnotherForAnother() {
        var subject = UUID.randomUUID();
        var ref = new Letter.SecretRef("sign-up-code", subject);
        var row = UUID.randomUUID();

        var seed = seeds.of(row, ref);

        assertThat(SecretTokens.looksValid(seed.token())).isTrue();
        assertThat(seed.sixDigitCode()).matches("[0-9]{6}");
        assertThat(seeds.of(row, ref).token()).isEqualTo(seed.token());
        assertThat(seeds.of(row, ref).sixDigitCode()).isEqualTo(seed.sixDigitCode());
        assertThat(seeds.of(UUID.randomUUID(), ref).token()).isNotEqualTo(seed.token());
        assertThat(seeds.of(row, new Letter.SecretRef("sign-up-code", UUID.randomUUID())).token())
                .isNotEqualTo(seed.token());
        assertThat(new SecretSeeds().of(row, ref).token()).as("another start, another key").isNotEqualTo(seed.token());
        assertThat(seed.toString()).doesNotContain(seed.token()).doesNotContain(seed.sixDigitCode());
    }

    private OutgoingEmail newestTo(String address) {
        return outbox.findByToAddressOrderByCreatedAt(address).getLast();
    }

    private static String tokenIn(String text) {
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("the mail has a reset link").isTrue();
        return matcher.group(1);
    }

    private static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    private static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "1000");
        properties.setProperty("mail.smtp.timeout", "1000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
