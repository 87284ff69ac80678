package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.village.base.RequestMemo;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.notification.MailStatus;
import app.village.notification.OutboxForTests;
import app.village.security.CurrentUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link SignUpService} with mail on, in the application's usual test context (no SMTP server: the letters wait in
 * the outbox, which is what is read here). Built around a hash counter, as {@link SignUpTest} does.
 */
@IntegrationTest
class SignUpWithMailWorkTest {

    static final String PASSWORD = SignUpTest.PASSWORD;

    @Autowired AccountService realService;
    @Autowired AccountRepository accounts;
    @Autowired PendingCodeRepository pending;
    @Autowired LoginSettings settings;
    @Autowired MutableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailOutbox mailOutbox;
    @Autowired OutboxForTests outbox;

    final SignUpTest.CountingEncoder encoder = new SignUpTest.CountingEncoder();
    final CurrentUser browser = mock(CurrentUser.class);
    SignUpService service;

    @BeforeEach
    void buildTheServiceWithMailOn() {
        var limiter = new ClientAttemptLimiter(settings, clock);
        var deviceCookies = new DeviceCookies(jdbc, settings, clock, transactionManager, false);
        var provider = new AccountAuthenticationProvider(accounts, encoder, settings, clock, limiter, deviceCookies,
                new DeviceLockouts(settings));
        var accountService = new AccountService(accounts, encoder, browser, events, clock, provider, deviceCookies,
                transactionManager, new RequestMemo(), java.util.List.of());
        var mailOn = mock(MailStatus.class);
        when(mailOn.isOn()).thenReturn(true);
        service = new SignUpService(accountService, accounts, pending, encoder, provider, deviceCookies, browser,
                mailOutbox, mailOn, new AddressOwnerNotices(mailOutbox, clock, "https://village.example/"), clock,
                transactionManager);
        var request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr("192.0.2.44");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
    }

    @AfterEach
    void leave() {
        RequestContextHolder.resetRequestAttributes();
    }

    static String uniqueEmail() {
        return "mailed-" + UUID.randomUUID() + "@village.example";
    }

    @Test
    void aNewAndATakenAddressEachMakeOneArgon2HashAndCheckOne() {
        var taken = uniqueEmail();
        realService.register(new Registration(taken, "Maya", PASSWORD));

        encoder.reset();
        var newStep = service.start(new Registration(uniqueEmail(), "Maya", PASSWORD));
        var newAddress = encoder.work();

        encoder.reset();
        var takenStep = service.start(new Registration(taken, "Mallory", "another quiet night for me"));
        var takenWrongPassword = encoder.work();

        encoder.reset();
        var ownStep = service.start(new Registration(taken, "Maya", PASSWORD));
        var takenRightPassword = encoder.work();

        assertThat(newStep).isInstanceOf(SignUpStep.CodeSent.class);
        assertThat(takenStep).isInstanceOf(SignUpStep.CodeSent.class);
        assertThat(ownStep).isInstanceOf(SignUpStep.SignedIn.class);
        assertThat(newAddress).isEqualTo("1 hash made, 1 hash checked");
        assertThat(takenWrongPassword).isEqualTo(newAddress);
        assertThat(takenRightPassword).isEqualTo(newAddress);
    }

    @Test
    void aNewAddressIsSentACodeLetterWithoutTheTypedNameAndNoAccount() {
        var email = uniqueEmail();

        var step = (SignUpStep.CodeSent) service.start(new Registration(email, "Maya", PASSWORD));

        assertThat(accounts.findByEmail(email)).isEmpty();
        var letters = outbox.lettersTo(email);
        assertThat(letters).hasSize(1);
        var letter = letters.getFirst();
        assertThat(letter.kind()).isEqualTo(MailKind.YOUR_REQUEST);
        assertThat(letter.template()).isEqualTo("sign-up-code");
        assertThat(letter.familyName()).isNull();
        assertThat(letter.secret()).isEqualTo(new Letter.SecretRef(SignUpCodes.PURPOSE, step.signUp()));
        assertThat(letter.values()).doesNotContainValue("Maya");
        assertThat(pending.findById(step.signUp()).orElseThrow().getCodeHash()).as("made only when sent").isNull();
    }

    @Test
    void aTakenAddressWithAnotherPasswordTellsItsOwnerAndNoCodeEverOpensIt() {
        var taken = uniqueEmail();
        var owner = realService.register(new Registration(taken, "Maya", PASSWORD));

        var step = (SignUpStep.CodeSent) service.start(new Registration(taken, "Mallory", "another quiet night for me"));

        var letters = outbox.lettersTo(taken);
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(MailKind.ACCOUNT_NOTICE);
            assertThat(letter.template()).isEqualTo("sign-up-with-your-address");
            assertThat(letter.toAccountId()).isEqualTo(owner);
            assertThat(letter.secret()).isNull();
            assertThat(letter.values()).containsEntry("forgotPassword", "https://village.example/forgot-password")
                    .doesNotContainValue("Mallory");
        });
        for (var code : new String[] {"000000", "123456", "999999", "424242"}) {
            assertThatThrownBy(() -> service.confirm(step.signUp(), code)).isInstanceOf(CodeRefused.class)
                    .hasMessage(SignUpService.WRONG_CODE);
        }
        assertThatThrownBy(() -> service.confirm(step.signUp(), "111111"))
                .hasMessage(SignUpService.CODE_ENDED);
        assertThat(accounts.findByEmail(taken).orElseThrow().getDisplayName()).isEqualTo("Maya");
    }

    @Test
    void theNoticeLimitIsPerAddressAndAnHourLong() {
        var first = uniqueEmail();
        var second = uniqueEmail();
        realService.register(new Registration(first, "Maya", PASSWORD));
        realService.register(new Registration(second, "Rose", PASSWORD));

        service.start(new Registration(first, "Mallory", "another quiet night for me"));
        service.start(new Registration(first, "Mallory", "another quiet night for me"));
        service.start(new Registration(second, "Mallory", "another quiet night for me"));
        assertThat(outbox.lettersTo(first)).hasSize(1);
        assertThat(outbox.lettersTo(second)).as("another address has its own hour").hasSize(1);

        clock.advance(Duration.ofHours(1));
        service.start(new Registration(first, "Mallory", "another quiet night for me"));
        assertThat(outbox.lettersTo(first)).hasSize(2);
    }

    @Test
    void aCodeThatIsntSixDigitsIsAskedForAgainWithoutCountingAsATry() {
        var step = (SignUpStep.CodeSent) service.start(new Registration(uniqueEmail(), "Maya", PASSWORD));

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> service.confirm(step.signUp(), "12a45"))
                    .hasMessage(SignUpService.NOT_A_CODE);
        }
        assertThat(pending.findById(step.signUp())).as("still waiting for its code").isPresent();
    }

    @Test
    void aNewCodeAskedForAtMinute29GivesEveryAddressTheSameAnswerAtMinute31() {
        var taken = uniqueEmail();
        realService.register(new Registration(taken, "Maya", PASSWORD));
        var newAddress = uniqueEmail();
        var newSignUp = (SignUpStep.CodeSent) service.start(new Registration(newAddress, "Maya", PASSWORD));
        var takenSignUp = (SignUpStep.CodeSent) service.start(
                new Registration(taken, "Mallory", "another quiet night for me"));

        clock.advance(Duration.ofMinutes(29));
        service.sendNewCode(newSignUp.signUp());
        service.sendNewCode(takenSignUp.signUp());
        clock.advance(Duration.ofMinutes(2));

        // A code that is wrong for both: the new address's real one was never sent (no SMTP server here).
        assertThatThrownBy(() -> service.confirm(newSignUp.signUp(), "000000")).isInstanceOf(CodeRefused.class)
                .hasMessage(SignUpService.WRONG_CODE);
        assertThatThrownBy(() -> service.confirm(takenSignUp.signUp(), "000000")).isInstanceOf(CodeRefused.class)
                .as("an address with an account has its 30 minutes again too").hasMessage(SignUpService.WRONG_CODE);
    }

    @Test
    void sendingTheCodeGivesNoMoreTimeSoEveryAddressEndsThirtyMinutesAfterItWasAskedFor() {
        var taken = uniqueEmail();
        realService.register(new Registration(taken, "Maya", PASSWORD));
        var newAddress = uniqueEmail();
        var newSignUp = (SignUpStep.CodeSent) service.start(new Registration(newAddress, "Maya", PASSWORD));
        var takenSignUp = (SignUpStep.CodeSent) service.start(
                new Registration(taken, "Mallory", "another quiet night for me"));

        clock.advance(Duration.ofMinutes(20));
        // The delivery job makes the code late (a slow server, a retry): only the new address has one to make.
        assertThat(outbox.secretOfNewestTo(newAddress)).isPresent();
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> service.confirm(newSignUp.signUp(), "000000")).hasMessage(SignUpService.CODE_ENDED);
        assertThatThrownBy(() -> service.confirm(takenSignUp.signUp(), "000000")).hasMessage(SignUpService.CODE_ENDED);
    }
}
