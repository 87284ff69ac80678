package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.notification.MailDelivery;
import app.village.security.VillageUser;
import app.village.testsupport.LoopbackSmtp;
import app.village.testsupport.MutableClock;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.session.SessionRegistry;

/** "Forgot your password?" end to end through a real SMTP server (GreenMail on loopback). */
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetMailTest extends LoopbackSmtp {

    static final String OLD_PASSWORD = "a quiet night for everyone";
    static final String NEW_PASSWORD = "the kettle sings at dawn";
    static final Instant START = Instant.parse("2026-12-07T20:00:00Z");
    static final Pattern LINK = Pattern.compile("reset-password/([A-Za-z0-9_-]{43})");

    @Autowired PasswordResetService resets;
    @Autowired AccountService accountService;
    @Autowired AccountAuthenticationProvider provider;
    @Autowired MailDelivery mailDelivery;
    @Autowired MutableClock clock;
    @Autowired SessionRegistry sessions;
    @Autowired DeviceLockouts deviceLockouts;
    @Autowired LoginSettings loginSettings;

    String email;
    UUID accountId;

    @BeforeEach
    void registerRose() throws Exception {
        clock.set(START);
        email = "rose-" + UUID.randomUUID() + "@village.example";
        accountId = accountService.register(new Registration(email, "Rose", OLD_PASSWORD));
    }

    private void ask(String address) {
        resets.requestReset(new ResetRequest(address));
    }

    /** Sends what is due and returns the token of the one reset mail that arrived for {@code email}. */
    private String deliverAndReadToken() throws Exception {
        var before = mailsTo(email).length;
        mailDelivery.deliverDue();
        assertThat(greenMail.waitForIncomingEmail(5_000, before + 1)).isTrue();
        var mails = mailsTo(email);
        assertThat(mails).hasSize(before + 1);
        var matcher = LINK.matcher(plainText(mails[mails.length - 1]));
        assertThat(matcher.find()).as("the mail has a reset link").isTrue();
        return matcher.group(1);
    }

    private MimeMessage[] mailsTo(String address) throws Exception {
        var all = greenMail.getReceivedMessages();
        return Arrays.stream(all).filter(message -> {
            try {
                return ((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private void logIn(String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private ChosenPassword twice(String password) {
        return new ChosenPassword(password, password);
    }

    @Test
    void theMailedLinkSetsANewPasswordAndOnlyTheNewOneThenLogsIn() throws Exception {
        ask(email);

        var token = deliverAndReadToken();
        var mail = mailsTo(email)[0];
        assertThat(mail.getSubject()).isEqualTo("Choose a new password for Village");
        assertThat(plainText(mail)).contains("Hello Rose,").contains("30 minutes");

        resets.setNewPassword(token, twice(NEW_PASSWORD));

        assertThatThrownBy(() -> logIn(OLD_PASSWORD)).isInstanceOf(BadCredentialsException.class);
        logIn(NEW_PASSWORD);
    }

    @Test
    void aLinkWorksOnlyOnce() throws Exception {
        ask(email);
        var token = deliverAndReadToken();
        resets.setNewPassword(token, twice(NEW_PASSWORD));

        assertThatThrownBy(() -> resets.requireUsableLink(token)).isInstanceOf(ResetLinkProblem.class)
                .hasMessage(ResetLinkProblem.UNUSABLE);
        assertThatThrownBy(() -> resets.setNewPassword(token, twice("another long sentence here")))
                .isInstanceOf(ResetLinkProblem.class);
        logIn(NEW_PASSWORD);
    }

    @Test
    void aLinkStopsWorkingAfterThirtyMinutes() throws Exception {
        ask(email);
        var token = deliverAndReadToken();
        clock.advance(Duration.ofMinutes(29));
        resets.requireUsableLink(token);

        clock.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> resets.setNewPassword(token, twice(NEW_PASSWORD)))
                .isInstanceOf(ResetLinkProblem.class);
        logIn(OLD_PASSWORD);
    }

    @Test
    void aNewerRequestStopsTheOlderLinkAndTheNewerOneWorks() throws Exception {
        ask(email);
        var older = deliverAndReadToken();
        clock.advance(Duration.ofMinutes(2));
        ask(email);
        var newer = deliverAndReadToken();

        assertThatThrownBy(() -> resets.setNewPassword(older, twice(NEW_PASSWORD)))
                .isInstanceOf(ResetLinkProblem.class);
        resets.setNewPassword(newer, twice(NEW_PASSWORD));
        logIn(NEW_PASSWORD);
    }

    @Test
    void anOlderMailNotSentYetIsWithdrawnByANewerRequest() throws Exception {
        ask(email);
        ask(email);

        var token = deliverAndReadToken();

        assertThat(mailsTo(email)).as("only the newer request's mail goes out").hasSize(1);
        resets.setNewPassword(token, twice(NEW_PASSWORD));
    }

    @Test
    void anAddressWithoutAnAccountGetsTheSameAnswerInTheSameTimeAndNoMail() throws Exception {
        var stranger = "nobody-" + UUID.randomUUID() + "@village.example";

        long started = System.nanoTime();
        ask(stranger);
        var unknownTook = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        ask(email);
        var knownTook = Duration.ofNanos(System.nanoTime() - started);

        assertThat(unknownTook).isGreaterThanOrEqualTo(PasswordResetService.MINIMUM_ANSWER_TIME);
        assertThat(knownTook).isGreaterThanOrEqualTo(PasswordResetService.MINIMUM_ANSWER_TIME);
        mailDelivery.deliverDue();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(mailsTo(stranger)).isEmpty();
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aFourthRequestWithinTheHourSendsNoFourthMail() throws Exception {
        for (int i = 0; i < 3; i++) {
            ask(email);
            deliverAndReadToken();
            clock.advance(Duration.ofMinutes(5));
        }

        ask(email.toUpperCase());
        mailDelivery.deliverDue();
        assertThat(mailsTo(email)).hasSize(3);

        clock.advance(Duration.ofMinutes(50));
        ask(email);
        deliverAndReadToken();
        assertThat(mailsTo(email)).as("an hour after the first, she may ask again").hasSize(4);
    }

    @Test
    void aStrangersAddressIsLimitedToo() throws Exception {
        var stranger = "nobody-" + UUID.randomUUID() + "@village.example";
        for (int i = 0; i < PasswordResetService.REQUESTS_PER_ADDRESS_PER_HOUR; i++) {
            ask(stranger);
        }
        clock.advance(Duration.ofMinutes(10));
        // The stranger's address had its 3 requests: the next one, though it has an account now, sends nothing.
        accountService.register(new Registration(stranger, "Ivy", OLD_PASSWORD));
        ask(stranger);
        mailDelivery.deliverDue();
        assertThat(mailsTo(stranger)).isEmpty();

        clock.advance(Duration.ofMinutes(51));
        ask(stranger);
        mailDelivery.deliverDue();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(mailsTo(stranger)).as("an hour after the first, the address may ask again").hasSize(1);
    }

    @Test
    void settingTheNewPasswordEndsHerSessionsEverywhereButNoOneElses() throws Exception {
        var rose = new VillageUser(accountId, "Rose");
        sessions.registerNewSession("phone-" + accountId, rose);
        sessions.registerNewSession("laptop-" + accountId, new VillageUser(accountId, "Rose before a rename"));
        var ivyId = accountService.register(new Registration("ivy-" + UUID.randomUUID() + "@village.example", "Ivy",
                OLD_PASSWORD));
        var ivy = new VillageUser(ivyId, "Ivy");
        sessions.registerNewSession("ivy-" + ivyId, ivy);
        ask(email);

        resets.setNewPassword(deliverAndReadToken(), twice(NEW_PASSWORD));

        assertThat(sessions.getSessionInformation("phone-" + accountId).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("laptop-" + accountId).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("ivy-" + ivyId).isExpired()).isFalse();
    }

    @Test
    void aLockedOutAccountLogsInAtOnceWithTheNewPassword() throws Exception {
        for (int i = 0; i < loginSettings.freeAttempts(); i++) {
            assertThatThrownBy(() -> logIn("not the right password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn(OLD_PASSWORD)).as("backing off").isInstanceOf(LockedException.class);
        deviceLockouts.recordFailure(accountId, "her-phone", clock.instant());
        for (int i = 0; i < loginSettings.freeAttempts(); i++) {
            deviceLockouts.recordFailure(accountId, "her-phone", clock.instant());
        }
        assertThat(deviceLockouts.isBlockedAt(accountId, "her-phone", clock.instant())).isTrue();
        ask(email);

        resets.setNewPassword(deliverAndReadToken(), twice(NEW_PASSWORD));

        logIn(NEW_PASSWORD);
        assertThat(deviceLockouts.isBlockedAt(accountId, "her-phone", clock.instant())).isFalse();
    }

    @Test
    void twoDifferentPasswordsAreRefusedAndTheLinkStillWorks() throws Exception {
        ask(email);
        var token = deliverAndReadToken();

        var different = new ChosenPassword(NEW_PASSWORD, "the kettle sings at dusk");
        assertThatThrownBy(() -> resets.setNewPassword(token, different))
                .isInstanceOfSatisfying(AccountProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo(AccountProblem.Field.REPEATED_PASSWORD));

        resets.requireUsableLink(token);
        logIn(OLD_PASSWORD);
    }

    @Test
    void noAddressNameOrTokenGoesIntoTheLog(CapturedOutput output) throws Exception {
        var stranger = "nobody-" + UUID.randomUUID() + "@village.example";
        ask(stranger);
        ask(email);
        var token = deliverAndReadToken();
        assertThatThrownBy(() -> resets.requireUsableLink(token.substring(1) + "x"))
                .isInstanceOf(ResetLinkProblem.class);
        resets.setNewPassword(token, twice(NEW_PASSWORD));

        // GreenMail, the test's own mail server, logs the mailboxes it creates; Village's lines are what count.
        var villageLog = output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(villageLog).contains("Password set through a reset link for account " + accountId)
                .doesNotContain(email).doesNotContain(stranger).doesNotContain(token)
                .doesNotContain(email.substring(0, email.indexOf('@')));
    }
}
