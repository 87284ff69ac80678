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
        var afterRestart = new AccountAuthenticationProvider(accounts, passwordEncoder, settings, clock);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> attempt(afterRestart, email, PASSWORD)))
                .isInstanceOf(LockedException.class);
    }
}
