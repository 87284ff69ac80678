package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class LoginBackoffTest {

    static final String PASSWORD = "a quiet night for everyone";

    @Autowired AccountAuthenticationProvider provider;
    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired LoginSettings settings;
    @Autowired MutableClock clock;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired ClientAttemptLimiter clientLimiter;
    @Autowired DeviceCookies deviceCookies;
    @Autowired DeviceLockouts deviceLockouts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

    String email;
    UUID accountId;

    @BeforeEach
    void registerSomeone() {
        email = "backoff-" + UUID.randomUUID() + "@village.example";
        accountId = accountService.register(new Registration(email, "Rose", PASSWORD));
    }

    Authentication attempt(AccountAuthenticationProvider with, String typedEmail, String password) {
        return with.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(typedEmail, password));
    }

    void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> attempt(provider, email, "not the right password"))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void theRightPasswordSignsInWithTheAccountIdAsPrincipal() {
        var authentication = attempt(provider, email.toUpperCase(), PASSWORD);

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getPrincipal()).isEqualTo(new VillageUser(accountId, "Rose"));
        assertThat(authentication.getName()).isEqualTo(accountId.toString()).doesNotContain("@");
    }

    @Test
    void anUnknownEmailIsRefusedExactlyLikeAWrongPassword() {
        assertThatThrownBy(() -> attempt(provider, "nobody-" + UUID.randomUUID() + "@village.example", PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        assertThatThrownBy(() -> attempt(provider, email, "not the right password"))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
    }

    @Test
    void fourFailuresStillLetTheRightPasswordIn() {
        failTimes(4);

        assertThat(attempt(provider, email, PASSWORD).isAuthenticated()).isTrue();
        assertThat(accounts.findById(accountId).orElseThrow().getFailedLoginCount()).isZero();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsUntilTheBackoffEnds() {
        failTimes(5);

        assertThatThrownBy(() -> attempt(provider, email, PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(settings.firstBackoff().plusSeconds(1));
        assertThat(attempt(provider, email, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        failTimes(5);
        clock.advance(settings.firstBackoff().plusSeconds(1));
        failTimes(1);

        var blockedFor = Duration.between(clock.instant(),
                accounts.findById(accountId).orElseThrow().getLoginBlockedUntil());
        assertThat(blockedFor).isEqualTo(settings.firstBackoff().multipliedBy(2));

        clock.advance(settings.firstBackoff().plusSeconds(1));
        assertThatThrownBy(() -> attempt(provider, email, PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(settings.firstBackoff());
        assertThat(attempt(provider, email, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theWaitGrowsToTheMaximumAndNoFurther() {
        Duration lastWait = Duration.ZERO;
        for (int failure = 1; failure <= 16; failure++) {
            failTimes(1);
            var blockedUntil = accounts.findById(accountId).orElseThrow().getLoginBlockedUntil();
            if (blockedUntil != null) {
                lastWait = Duration.between(clock.instant(), blockedUntil);
                assertThat(lastWait).isLessThanOrEqualTo(settings.maxBackoff());
                clock.set(blockedUntil.plusSeconds(1));
            }
        }
        assertThat(lastWait).isEqualTo(settings.maxBackoff());
    }

    @Test
    void parallelWrongPasswordsAreEachCountedAndEachGetTheSameAnswer() throws Exception {
        int parallel = 4;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        var start = new java.util.concurrent.CountDownLatch(1);
        var answers = new java.util.ArrayList<java.util.concurrent.Future<Class<?>>>();
        for (int i = 0; i < parallel; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                try {
                    attempt(provider, email, "not the right password");
                    return Authentication.class;
                } catch (RuntimeException refused) {
                    return refused.getClass();
                }
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        for (var answer : answers) {
            assertThat(answer.get()).isEqualTo(BadCredentialsException.class);
        }
        assertThat(accounts.findById(accountId).orElseThrow().getFailedLoginCount()).isEqualTo(parallel);
    }

    @Test
    void theCountLivesInTheDatabaseSoARestartDoesNotResetIt() {
        failTimes(5);

        // A provider built from scratch, as after a restart, only has the database to go on.
        var afterRestart = new AccountAuthenticationProvider(accounts, passwordEncoder, settings, clock,
                clientLimiter, deviceCookies, new DeviceLockouts(settings));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> attempt(afterRestart, email, PASSWORD)))
                .isInstanceOf(LockedException.class);
    }

    // Her phone and a stranger's computer: each a browser with its own cookies, as the login post brings them.

    /** A browser: the cookies it holds, sent with each login like a real one would. */
    final class Browser {
        final java.util.Map<String, String> cookies = new java.util.HashMap<>();

        Authentication logIn(AccountAuthenticationProvider with, String typedEmail, String password) {
            var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/login");
            request.setRemoteAddr("198.51.100.7");
            request.setCookies(cookies.entrySet().stream()
                    .map(cookie -> new jakarta.servlet.http.Cookie(cookie.getKey(), cookie.getValue()))
                    .toArray(jakarta.servlet.http.Cookie[]::new));
            var response = new org.springframework.mock.web.MockHttpServletResponse();
            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                    new org.springframework.web.context.request.ServletRequestAttributes(request, response));
            try {
                return attempt(with, typedEmail, password);
            } finally {
                org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
                for (var header : response.getHeaders("Set-Cookie")) {
                    var cookie = java.net.HttpCookie.parse(header).getFirst();
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }

        Authentication logIn(String password) {
            return logIn(provider, email, password);
        }
    }

    @Test
    void aSuccessfulLoginGivesTheBrowserASignedDeviceCookieThatNamesNeitherHerEmailNorHerPassword() {
        var phone = new Browser();

        phone.logIn(PASSWORD);

        assertThat(phone.cookies).containsKey(DeviceCookies.COOKIE_NAME);
        assertThat(phone.cookies.get(DeviceCookies.COOKIE_NAME))
                .startsWith(accountId + ".")
                .doesNotContain(email).doesNotContain(PASSWORD);
    }

    @Test
    void aStrangersGuessesSlowHimButNotHerOnTheBrowserSheSignedInWithBefore() {
        var phone = new Browser();
        phone.logIn(PASSWORD);
        var stranger = new Browser();

        for (int i = 0; i < settings.freeAttempts(); i++) {
            assertThatThrownBy(() -> stranger.logIn("guess number one two three"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> stranger.logIn(PASSWORD)).as("the stranger is slowed, even with her password")
                .isInstanceOf(LockedException.class);
        assertThat(phone.logIn(PASSWORD).isAuthenticated()).as("she gets in from her phone during the lock-out")
                .isTrue();
        assertThatThrownBy(() -> stranger.logIn(PASSWORD)).as("her sign-in doesn't lift the strangers' back-off")
                .isInstanceOf(LockedException.class);
    }

    @Test
    void manyWrongPasswordsFromHerKnownBrowserHitThatBrowsersOwnLimitOnly() {
        var phone = new Browser();
        phone.logIn(PASSWORD);

        for (int i = 0; i < settings.freeAttempts(); i++) {
            assertThatThrownBy(() -> phone.logIn("not the right password"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> phone.logIn(PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(new Browser().logIn(PASSWORD).isAuthenticated()).as("her laptop is not held by her phone's slips")
                .isTrue();
        clock.advance(settings.firstBackoff().plusSeconds(1));
        assertThat(phone.logIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aDeviceCookieOfAnotherAccountOrWithAForgedSignatureCountsAsAStranger() {
        var otherEmail = "backoff-other-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(otherEmail, "Lucia", PASSWORD));
        var othersBrowser = new Browser();
        othersBrowser.logIn(provider, otherEmail, PASSWORD);
        var forged = new Browser();
        var genuine = deviceCookies.cookieValue(accountId, "forged-device", clock.instant());
        forged.cookies.put(DeviceCookies.COOKIE_NAME, genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAA");
        failTimes(settings.freeAttempts());

        assertThatThrownBy(() -> othersBrowser.logIn(PASSWORD)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> forged.logIn(PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void herDeviceCookieIsStillKnownAfterARestartBecauseTheKeyIsInTheDatabase() {
        var phone = new Browser();
        phone.logIn(PASSWORD);
        failTimes(settings.freeAttempts());

        var restartedCookies = new DeviceCookies(jdbc, settings, clock, transactionManager, false);
        var afterRestart = new AccountAuthenticationProvider(accounts, passwordEncoder, settings, clock,
                clientLimiter, restartedCookies, new DeviceLockouts(settings));
        Boolean signedIn = transactions.execute(status -> phone.logIn(afterRestart, email, PASSWORD).isAuthenticated());
        assertThat(signedIn).isTrue();
    }

    @Test
    void aDeviceCookieIsHonouredOnlyForItsLifetime() {
        var phone = new Browser();
        phone.logIn(PASSWORD);
        failTimes(settings.freeAttempts());

        clock.advance(settings.deviceCookieLifetime().plusDays(1));
        failTimes(1);

        assertThatThrownBy(() -> phone.logIn(PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void aKeyMadeWhileALoginsTransactionRollsBackIsStoredSoLaterStartsCheckItsCookies() {
        var existing = jdbc.queryForList("select key_value from server_key where name = 'device-cookie'", String.class);
        jdbc.update("delete from server_key where name = 'device-cookie'");
        try {
            var phone = new Browser();
            transactions.executeWithoutResult(status -> {
                // A start whose first use of the key comes inside a transaction that then fails.
                var firstStart = new DeviceCookies(jdbc, settings, clock, transactionManager, false);
                phone.logIn(new AccountAuthenticationProvider(accounts, passwordEncoder, settings, clock,
                        clientLimiter, firstStart, new DeviceLockouts(settings)), email, PASSWORD);
                status.setRollbackOnly();
            });

            var laterStart = new DeviceCookies(jdbc, settings, clock, transactionManager, false);
            assertThat(laterStart.deviceIn(phone.cookies.get(DeviceCookies.COOKIE_NAME), accountId)).isPresent();
        } finally {
            jdbc.update("delete from server_key where name = 'device-cookie'");
            existing.forEach(key -> jdbc.update(
                    "insert into server_key (name, key_value) values ('device-cookie', ?)", key));
        }
    }

    @Test
    void theDeviceCookieIsSecureWhenTheSessionCookieIsEvenIfTheProxyForwardsPlainHttp() {
        var secureCookies = new DeviceCookies(jdbc, settings, clock, transactionManager, true);
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/login");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request, response));
        try {
            secureCookies.issue(accountId);
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        assertThat(request.isSecure()).isFalse();
        assertThat(response.getHeader("Set-Cookie")).startsWith(DeviceCookies.COOKIE_NAME + "=").contains("Secure");
    }
}
