package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import app.village.base.RequestMemo;
import app.village.security.CurrentUser;
import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Registration as the page does it ({@link AccountService#signUp}): she is signed in, an address that has an
 * account isn't told apart, and a client address has a limit. The service is built here around a hash counter,
 * a small limit and a stand-in for the browser's sign-in, over the application's real database.
 */
@IntegrationTest
class SignUpTest {

    static final String PASSWORD = "a quiet night for everyone";
    static final int ATTEMPTS_PER_ADDRESS = 4;

    @Autowired AccountService realService;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder realEncoder;
    @Autowired LoginSettings realSettings;
    @Autowired MutableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountAuthenticationProvider realProvider;

    final CountingEncoder encoder = new CountingEncoder();
    final CurrentUser browser = mock(CurrentUser.class);
    LoginSettings settings;
    AccountAuthenticationProvider provider;
    AccountService service;

    @BeforeEach
    void buildTheServiceAndComeFromOneAddress() {
        settings = new LoginSettings(realSettings.freeAttempts(), realSettings.firstBackoff(),
                realSettings.maxBackoff(), ATTEMPTS_PER_ADDRESS, Duration.ofMinutes(10), Duration.ofDays(180));
        var limiter = new ClientAttemptLimiter(settings, clock);
        var deviceCookies = new DeviceCookies(jdbc, settings, clock, transactionManager, false);
        provider = new AccountAuthenticationProvider(accounts, encoder, settings, clock, limiter, deviceCookies,
                new DeviceLockouts(settings));
        service = new AccountService(accounts, encoder, browser, events, clock, provider, deviceCookies,
                transactionManager, new RequestMemo(), java.util.List.of());
        comeFrom("203.0.113.9");
    }

    @AfterEach
    void leave() {
        RequestContextHolder.resetRequestAttributes();
    }

    void comeFrom(String address) {
        comeFrom(address, new MockHttpServletResponse());
    }

    void comeFrom(String address, MockHttpServletResponse response, jakarta.servlet.http.Cookie... cookies) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr(address);
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
    }

    static String uniqueEmail() {
        return "signup-" + UUID.randomUUID() + "@village.example";
    }

    UUID existingAccount(String email) {
        return realService.register(new Registration(email, "Maya", PASSWORD));
    }

    VillageUser signedInAs() {
        var signedIn = ArgumentCaptor.forClass(Authentication.class);
        verify(browser).signIn(signedIn.capture());
        return (VillageUser) signedIn.getValue().getPrincipal();
    }

    @Test
    void aNewAddressGetsAnAccountAndIsSignedInToIt() {
        var email = uniqueEmail();

        service.signUp(new Registration(email, "Maya", PASSWORD));

        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(signedInAs()).isEqualTo(new VillageUser(account.getId(), "Maya"));
    }

    @Test
    void anAddressWithAnAccountAndItsOwnPasswordSignsHerInToThatAccountWithoutASecondOne() {
        var email = uniqueEmail();
        var id = existingAccount(email);

        service.signUp(new Registration(email.toUpperCase(), "Maya R", PASSWORD));

        assertThat(signedInAs().accountId()).isEqualTo(id);
        assertThat(accounts.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Maya");
    }

    @Test
    void anAddressWithAnAccountAndAnotherPasswordIsRefusedWithWordsThatDontSayAnAccountExists() {
        var email = uniqueEmail();
        var id = existingAccount(email);
        var before = accounts.findById(id).orElseThrow().getPasswordHash();

        assertThatThrownBy(() -> service.signUp(new Registration(email, "Mallory", "another quiet night for me")))
                .isInstanceOf(AccountProblem.class)
                .hasMessage(AccountService.SIGN_UP_REFUSED)
                .satisfies(problem -> assertThat(((AccountProblem) problem).field()).isEqualTo(AccountProblem.Field.EMAIL));

        verify(browser, never()).signIn(any());
        var after = accounts.findById(id).orElseThrow();
        assertThat(after.getPasswordHash()).as("nothing of hers changed").isEqualTo(before);
        assertThat(after.getDisplayName()).isEqualTo("Maya");
        assertThat(AccountService.SIGN_UP_REFUSED).doesNotContainIgnoringCase("already has")
                .doesNotContainIgnoringCase("exists");
    }

    @Test
    void registeringWithAnAccountsAddressIsAPasswordGuessLikeAnyOtherAndRunsIntoTheBackOff() {
        var email = uniqueEmail();
        var id = existingAccount(email);

        for (int i = 0; i < settings.freeAttempts() - 1; i++) {
            comeFrom("203.0.113." + (100 + i));
            assertThatThrownBy(() -> service.signUp(new Registration(email, "Mallory", "guessing her password now")))
                    .hasMessage(AccountService.SIGN_UP_REFUSED);
        }
        assertThat(accounts.findById(id).orElseThrow().getFailedLoginCount()).isEqualTo(settings.freeAttempts() - 1);

        assertThatThrownBy(() -> attemptLogin(email, "one more guess at it"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attemptLogin(email, PASSWORD)).as("registration is no side door past the back-off")
                .isInstanceOf(LockedException.class);
    }

    /** Through the application's own provider, whose transaction keeps a failure count. */
    private Authentication attemptLogin(String email, String password) {
        RequestContextHolder.resetRequestAttributes();
        return realProvider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    // Counts Argon2 calls only, which dominate the time; the database work on the two paths differs and is not measured.
    @Test
    void aNewAndATakenAddressEachMakeOneArgon2HashAndCheckOne() {
        var taken = uniqueEmail();
        existingAccount(taken);

        encoder.reset();
        service.signUp(new Registration(uniqueEmail(), "Maya", PASSWORD));
        var newAddress = encoder.work();

        encoder.reset();
        assertThatThrownBy(() -> service.signUp(new Registration(taken, "Mallory", "another quiet night for me")))
                .isInstanceOf(AccountProblem.class);
        var takenWrongPassword = encoder.work();

        encoder.reset();
        service.signUp(new Registration(taken, "Maya", PASSWORD));
        var takenRightPassword = encoder.work();

        assertThat(newAddress).isEqualTo("1 hash made, 1 hash checked");
        assertThat(takenWrongPassword).isEqualTo(newAddress);
        assertThat(takenRightPassword).isEqualTo(newAddress);
    }

    @Test
    void oneAddressGetsItsAttemptsThenTheSameCalmMessageWhileAnotherAddressIsNotHeld() {
        var taken = uniqueEmail();
        existingAccount(taken);
        for (int i = 0; i < ATTEMPTS_PER_ADDRESS; i++) {
            assertThatThrownBy(() -> service.signUp(new Registration(taken, "Mallory", "another quiet night for me")))
                    .hasMessage(AccountService.SIGN_UP_REFUSED);
        }

        var email = uniqueEmail();
        assertThatThrownBy(() -> service.signUp(new Registration(email, "Maya", PASSWORD)))
                .isInstanceOf(AccountProblem.class)
                .hasMessage(AccountService.TOO_MANY_ATTEMPTS);
        assertThat(accounts.findByEmail(email)).as("nothing stored").isEmpty();

        comeFrom("198.51.100.20");
        service.signUp(new Registration(email, "Maya", PASSWORD));
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void loginsCountAgainstTheSameAddressAndGetTheLoginPagesOwnRefusal() {
        var email = uniqueEmail();
        existingAccount(email);
        for (int i = 0; i < ATTEMPTS_PER_ADDRESS; i++) {
            var otherAccount = uniqueEmail();
            assertThatThrownBy(() -> authenticateFromHere(otherAccount, PASSWORD))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> authenticateFromHere(email, PASSWORD)).as("even with her right password")
                .isInstanceOf(LockedException.class);
        assertThat(accounts.findByEmail(email).orElseThrow().getFailedLoginCount())
                .as("the address limit doesn't touch her account").isZero();

        clock.advance(Duration.ofMinutes(10));
        assertThat(authenticateFromHere(email, PASSWORD).isAuthenticated()).as("the address gets its tries back")
                .isTrue();
    }

    @Test
    void whenAStrangerOnHerAddressHasUsedUpItsAttemptsHerPhoneWithItsDeviceCookieStillGetsIn() {
        var email = uniqueEmail();
        existingAccount(email);
        var response = new MockHttpServletResponse();
        comeFrom("203.0.113.9", response);
        authenticateFromHere(email, PASSWORD);
        var phoneCookie = java.net.HttpCookie.parse(response.getHeader("Set-Cookie")).getFirst();
        comeFrom("203.0.113.9");
        for (int i = 1; i < ATTEMPTS_PER_ADDRESS; i++) {
            var someoneElse = uniqueEmail();
            assertThatThrownBy(() -> authenticateFromHere(someoneElse, PASSWORD))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authenticateFromHere(email, PASSWORD)).as("the stranger's browser on her Wi-Fi")
                .isInstanceOf(LockedException.class);

        comeFrom("203.0.113.9", new MockHttpServletResponse(),
                new jakarta.servlet.http.Cookie(phoneCookie.getName(), phoneCookie.getValue()));
        assertThat(authenticateFromHere(email, PASSWORD).isAuthenticated()).as("her phone on the same Wi-Fi").isTrue();
        assertThatThrownBy(() -> authenticateFromHere(email, "not the right password"))
                .as("a slip on her phone is an ordinary wrong password, counted by the phone's own limit")
                .isInstanceOf(BadCredentialsException.class);
        service.signUp(new Registration(email, "Maya", PASSWORD));
        assertThat(signedInAs().displayName()).as("registering with her own password from her phone signs her in")
                .isEqualTo("Maya");
    }

    private Authentication authenticateFromHere(String email, String password) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(status ->
                provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)));
    }

    @Test
    void aPasswordWithHerEmailOrNameInItIsRefusedNextToThePasswordAndNothingIsStored() {
        for (var password : new String[] {"MAYA.RIVERA@village.example!", "hello maya.rivera 2026", "quiet nights for Rivera"}) {
            var email = "maya.rivera-" + UUID.randomUUID().toString().substring(0, 4) + "@village.example";
            var withLocalPart = password.replace("maya.rivera", email.substring(0, email.indexOf('@')))
                    .replace("MAYA.RIVERA@village.example", email.toUpperCase());
            assertThatThrownBy(() -> service.signUp(new Registration(email, "Maya Rivera", withLocalPart)))
                    .isInstanceOf(AccountProblem.class)
                    .hasMessage(PasswordRules.PERSONAL_MESSAGE)
                    .satisfies(problem -> assertThat(((AccountProblem) problem).field())
                            .isEqualTo(AccountProblem.Field.PASSWORD));
            assertThat(accounts.findByEmail(email)).isEmpty();
        }
    }

    /** The real Argon2id encoder, counting its work. */
    static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder argon2 = new PasswordHashing().passwordEncoder();
        private final AtomicInteger made = new AtomicInteger();
        private final AtomicInteger checked = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            made.incrementAndGet();
            return argon2.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checked.incrementAndGet();
            return argon2.matches(rawPassword, encodedPassword);
        }

        void reset() {
            made.set(0);
            checked.set(0);
        }

        String work() {
            return made.get() + " hash made, " + checked.get() + " hash checked";
        }
    }
}
