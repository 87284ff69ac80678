package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.notification.MailDelivery;
import app.village.notification.OutboxForTests;
import app.village.notification.SwitchableMailStatus;
import app.village.testsupport.LoopbackSmtp;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SignedIn;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Moving an account to a new address, with mail going through a real SMTP server on loopback: her password, then
 * the code mailed to the new address. An address that has an account gets the same answers and no code.
 */
class EmailAddressChangeTest extends LoopbackSmtp {

    static final String PASSWORD = "a quiet night for everyone";
    static final Instant START = Instant.parse("2026-12-08T14:00:00Z");
    static final Pattern CODE_LINE = Pattern.compile("(?m)^(\\d{6})\\s*$");

    @Autowired EmailAddressChange emailAddressChange;
    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired AccountAuthenticationProvider authentication;
    @Autowired OutboxForTests mailOutbox;
    @Autowired PasswordResetService passwordResets;
    @Autowired PasswordResetRepository resets;
    @Autowired PendingCodeRepository pending;
    @Autowired MailDelivery mailDelivery;
    @Autowired MutableClock clock;
    @Autowired SwitchableMailStatus mailStatus;

    String old;
    UUID me;

    @BeforeEach
    void signInAsMaya() {
        clock.set(START);
        old = "maya-" + UUID.randomUUID() + "@village.example";
        me = accountService.register(new Registration(old, "Maya", PASSWORD));
        SignedIn.as(me, "Maya");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
        mailStatus.reset();
    }

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID() + "@village.example";
    }

    private MimeMessage[] deliverAndRead(String address, int expected) throws Exception {
        mailDelivery.deliverDue();
        greenMail.waitForIncomingEmail(5_000, expected);
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return ((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    private static String textOf(MimeMessage mail) throws Exception {
        return Objects.requireNonNull(partOf(mail, "text/plain"));
    }

    private String codeMailedTo(String address) throws Exception {
        var mails = deliverAndRead(address, 1);
        assertThat(mails).as("one code mail to the new address").hasSize(1);
        var matcher = CODE_LINE.matcher(textOf(mails[0]));
        assertThat(matcher.find()).as("the mail has a code").isTrue();
        return matcher.group(1);
    }

    @Test
    void theCodeMailedToTheNewAddressMovesTheAccountAndTheOldAddressIsTold() throws Exception {
        var moved = uniqueEmail("Maya.New");

        var sent = emailAddressChange.requestMine(new NewEmailAddress(" " + moved.toUpperCase() + " ", PASSWORD));

        assertThat(sent.address()).as("normalized by the service").isEqualTo(moved.toLowerCase());
        assertThat(accountService.myAccount().email()).as("nothing moves before the code").isEqualTo(old);
        var code = codeMailedTo(moved.toLowerCase());

        assertThat(emailAddressChange.confirmMine(sent.change(), code)).isEqualTo(moved.toLowerCase());

        assertThat(accountService.myAccount().email()).isEqualTo(moved.toLowerCase());
        assertThat(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(moved, PASSWORD)).isAuthenticated()).isTrue();
        var told = deliverAndRead(old, 2);
        assertThat(told).hasSize(1);
        assertThat(told[0].getSubject()).isEqualTo("Your Village email address was changed");
        assertThat(textOf(told[0])).contains("Hello Maya")
                .contains("may still arrive here").doesNotContain("last message");
        assertThat(pending.findById(sent.change())).as("used up").isEmpty();
    }

    @Test
    void herOpenResetLinksStopWorkingAndAWaitingResetMailIsWithdrawn() throws Exception {
        passwordResets.requestReset(new ResetRequest(old));
        var moved = uniqueEmail("maya");
        var sent = emailAddressChange.requestMine(new NewEmailAddress(moved, PASSWORD));
        // The code mail goes; the reset mail for the old address is delivered here too, before the change.
        var code = codeMailedTo(moved);
        clock.advance(Duration.ofMinutes(1));
        passwordResets.requestReset(new ResetRequest(old));

        emailAddressChange.confirmMine(sent.change(), code);

        assertThat(resets.findAll()).filteredOn(reset -> reset.getAccountId().equals(me)).hasSize(2)
                .allSatisfy(reset -> assertThat(reset.isUsableAt(clock.instant())).isFalse());
        var toOld = deliverAndRead(old, 3);
        assertThat(toOld).extracting(MimeMessage::getSubject).as("the second reset mail never goes")
                .containsExactlyInAnyOrder("Choose a new password for Village", "Your Village email address was changed");
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswersNoCodeAndOneNoticeAnHour() throws Exception {
        var taken = uniqueEmail("rose");
        accountService.register(new Registration(taken, "Rose", PASSWORD));
        var fresh = uniqueEmail("maya");

        var toTaken = emailAddressChange.requestMine(new NewEmailAddress(taken, PASSWORD));
        var toTakenAgain = emailAddressChange.requestMine(new NewEmailAddress(taken, PASSWORD));
        emailAddressChange.sendNewCode(toTakenAgain.change());

        assertThat(toTaken.address()).isEqualTo(taken);
        var notices = deliverAndRead(taken, 1);
        assertThat(notices).as("one notice, however often it is tried within the hour").hasSize(1);
        assertThat(notices[0].getSubject()).isEqualTo("Someone tried to move a Village account to your address");
        assertThat(CODE_LINE.matcher(textOf(notices[0])).find()).as("no code in it").isFalse();
        for (var code : new String[] {"000000", "123456", "999999", "424242"}) {
            assertThatThrownBy(() -> emailAddressChange.confirmMine(toTakenAgain.change(), code))
                    .isInstanceOf(CodeRefused.class).hasMessage(SignUpService.WRONG_CODE);
        }
        assertThatThrownBy(() -> emailAddressChange.confirmMine(toTakenAgain.change(), "111111"))
                .isInstanceOf(CodeRefused.class).hasMessage(EmailAddressChange.CODE_ENDED);
        assertThat(accountService.myAccount().email()).isEqualTo(old);
        assertThat(accounts.findByEmail(taken).orElseThrow().getDisplayName()).isEqualTo("Rose");

        var toFresh = emailAddressChange.requestMine(new NewEmailAddress(fresh, PASSWORD));
        assertThatThrownBy(() -> emailAddressChange.confirmMine(toFresh.change(), "000000"))
                .as("a wrong code for a new address reads the same").hasMessage(SignUpService.WRONG_CODE);

        clock.advance(Duration.ofHours(1));
        emailAddressChange.requestMine(new NewEmailAddress(taken, PASSWORD));
        assertThat(deliverAndRead(taken, 3)).as("an hour later its owner may be told again").hasSize(2);
    }

    @Test
    void aNewCodeAtMinute29GivesEveryAddressItsThirtyMinutesAgain() {
        var taken = uniqueEmail("rose");
        accountService.register(new Registration(taken, "Rose", PASSWORD));
        var toTaken = emailAddressChange.requestMine(new NewEmailAddress(taken, PASSWORD));
        var ivy = accountService.register(new Registration(uniqueEmail("ivy"), "Ivy", PASSWORD));
        SignedIn.as(ivy, "Ivy");
        var toFresh = emailAddressChange.requestMine(new NewEmailAddress(uniqueEmail("ivy"), PASSWORD));

        clock.advance(Duration.ofMinutes(29));
        emailAddressChange.sendNewCode(toFresh.change());
        SignedIn.as(me, "Maya");
        emailAddressChange.sendNewCode(toTaken.change());
        clock.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> emailAddressChange.confirmMine(toTaken.change(), "000000"))
                .as("an address with an account has its 30 minutes again too").hasMessage(SignUpService.WRONG_CODE);
        SignedIn.as(ivy, "Ivy");
        assertThatThrownBy(() -> emailAddressChange.confirmMine(toFresh.change(), "000000"))
                .hasMessage(SignUpService.WRONG_CODE);

        clock.advance(Duration.ofMinutes(29));
        assertThatThrownBy(() -> emailAddressChange.confirmMine(toFresh.change(), "000000"))
                .hasMessage(EmailAddressChange.CODE_ENDED);
        SignedIn.as(me, "Maya");
        assertThatThrownBy(() -> emailAddressChange.confirmMine(toTaken.change(), "000000"))
                .hasMessage(EmailAddressChange.CODE_ENDED);
    }

    @Test
    void someoneElsesChangeCantBeFinishedOrRenewed() throws Exception {
        var moved = uniqueEmail("maya");
        var sent = emailAddressChange.requestMine(new NewEmailAddress(moved, PASSWORD));
        var code = codeMailedTo(moved);
        SignedIn.as(accountService.register(new Registration(uniqueEmail("mallory"), "Mallory", PASSWORD)),
                "Mallory");

        assertThatThrownBy(() -> emailAddressChange.confirmMine(sent.change(), code))
                .hasMessage(EmailAddressChange.CODE_ENDED);
        assertThatThrownBy(() -> emailAddressChange.sendNewCode(sent.change()))
                .hasMessage(EmailAddressChange.CODE_ENDED);
        assertThat(accounts.findById(me).orElseThrow().getEmail()).isEqualTo(old);
    }

    @Test
    void aWrongPasswordIsRefusedNextToThePasswordAndCountsLikeAFailedLogin() throws Exception {
        var elsewhere = uniqueEmail("elsewhere");
        assertThatThrownBy(() -> emailAddressChange.requestMine(
                new NewEmailAddress(elsewhere, "not my password at all")))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.field()).isEqualTo(AccountProblem.Field.CURRENT_PASSWORD);
                    assertThat(problem.getMessage()).isEqualTo("That is not your current password.");
                });

        assertThat(accountService.myAccount().email()).isEqualTo(old);
        assertThat(accounts.findById(me).orElseThrow().getFailedLoginCount()).isEqualTo(1);
        mailDelivery.deliverDue();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void withMailOffNoNewAddressCanBeCheckedSoItIsRefusedNextToTheAddress() {
        mailStatus.pretend(false);

        assertThatThrownBy(() -> emailAddressChange.requestMine(new NewEmailAddress(uniqueEmail("maya"), PASSWORD)))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.field()).isEqualTo(AccountProblem.Field.EMAIL);
                    assertThat(problem.getMessage()).isEqualTo(EmailAddressChange.MAIL_IS_OFF);
                });
        assertThat(accountService.myAccount().email()).isEqualTo(old);
    }

    @Test
    void nobodySignedInCantChangeAnAddress() {
        SignedIn.nobody();
        assertThatThrownBy(() -> emailAddressChange.requestMine(
                new NewEmailAddress("someone@village.example", PASSWORD)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> emailAddressChange.confirmMine(UUID.randomUUID(), "123456"))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
