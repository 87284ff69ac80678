package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class AccountServiceTest {

    static final String GOOD_PASSWORD = "a quiet night for everyone";

    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired org.springframework.security.core.session.SessionRegistry sessions;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@village.example";
    }

    @Test
    void registeringStoresAnArgon2idHashNeverThePassword() {
        var email = uniqueEmail();
        var id = accountService.register(new Registration(email, "Maya", GOOD_PASSWORD));

        var stored = accounts.findById(id).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(GOOD_PASSWORD);
        assertThat(stored.getEmail()).isEqualTo(email);
    }

    @Test
    void emailsAreUniqueWhateverTheirLetterCase() {
        var email = uniqueEmail();
        accountService.register(new Registration(email, "Maya", GOOD_PASSWORD));

        assertThatThrownBy(() -> accountService.register(new Registration("  " + email.toUpperCase() + " ", "Other", GOOD_PASSWORD)))
                .isInstanceOf(AccountProblem.class)
                .satisfies(e -> assertThat(((AccountProblem) e).field()).isEqualTo(AccountProblem.Field.EMAIL));
        assertThat(accounts.findAll()).filteredOn(a -> a.getEmail().equals(email)).hasSize(1);
    }

    @Test
    void badRegistrationsAreRefusedAndStoreNothing() {
        long before = accounts.count();
        var tenThousand = "x".repeat(10_000);
        var refused = new Registration[] {
                new Registration(uniqueEmail(), "Maya", "too short"),
                new Registration(uniqueEmail(), "Maya", "y".repeat(129)),
                new Registration(uniqueEmail(), "Maya", "Password12345"),
                new Registration(uniqueEmail(), "Maya", "qwertyuiop123"),
                new Registration(uniqueEmail(), "<script>alert(1)</script>", GOOD_PASSWORD),
                new Registration(uniqueEmail(), "", GOOD_PASSWORD),
                new Registration(uniqueEmail(), tenThousand, GOOD_PASSWORD),
                new Registration("not-an-email", "Maya", GOOD_PASSWORD),
                new Registration("", "Maya", GOOD_PASSWORD),
                new Registration(tenThousand + "@village.example", "Maya", GOOD_PASSWORD),
                new Registration(uniqueEmail(), "Maya", " ".repeat(12)),
        };
        for (var registration : refused) {
            assertThatThrownBy(() -> accountService.register(registration))
                    .as("%s", registration)
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void changingMyPasswordNeedsTheCurrentOne() {
        var id = accountService.register(new Registration(uniqueEmail(), "Maya", GOOD_PASSWORD));
        SignedIn.as(id, "Maya");

        assertThatThrownBy(() -> accountService.changeMyPassword(new PasswordChange("not my password at all", "a brand new long sentence")))
                .isInstanceOf(AccountProblem.class)
                .satisfies(e -> assertThat(((AccountProblem) e).field()).isEqualTo(AccountProblem.Field.CURRENT_PASSWORD));
        var hashBefore = accounts.findById(id).orElseThrow().getPasswordHash();

        accountService.changeMyPassword(new PasswordChange(GOOD_PASSWORD, "a brand new long sentence"));

        assertThat(accounts.findById(id).orElseThrow().getPasswordHash()).isNotEqualTo(hashBefore);
    }

    @Test
    void aNewPasswordMustFollowTheSameRules() {
        var id = accountService.register(new Registration(uniqueEmail(), "Maya", GOOD_PASSWORD));
        SignedIn.as(id, "Maya");

        assertThatThrownBy(() -> accountService.changeMyPassword(new PasswordChange(GOOD_PASSWORD, "password1234")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> accountService.changeMyPassword(new PasswordChange(GOOD_PASSWORD, GOOD_PASSWORD)))
                .isInstanceOf(AccountProblem.class);
    }

    @Test
    void aNewPasswordWithHerEmailOrHerNameInItIsRefusedNextToTheNewPasswordAndTheOldOneStays() {
        var email = "maya.rivera-" + UUID.randomUUID().toString().substring(0, 6) + "@village.example";
        var id = accountService.register(new Registration(email, "Maya Rivera", GOOD_PASSWORD));
        SignedIn.as(id, "Maya Rivera");
        var hashBefore = accounts.findById(id).orElseThrow().getPasswordHash();

        for (var personal : new String[] {"my address is " + email.toUpperCase(),
                "still " + email.substring(0, email.indexOf('@')) + " here", "long nights with MAYA and the baby"}) {
            assertThatThrownBy(() -> accountService.changeMyPassword(new PasswordChange(GOOD_PASSWORD, personal)))
                    .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                        assertThat(problem.field()).isEqualTo(AccountProblem.Field.NEW_PASSWORD);
                        assertThat(problem.getMessage()).isEqualTo(PasswordRules.PERSONAL_MESSAGE);
                    });
        }
        assertThat(accounts.findById(id).orElseThrow().getPasswordHash()).isEqualTo(hashBefore);
    }

    @Test
    void registeringWithHerNameInThePasswordIsRefusedButAShortNameInsideAWordIsNot() {
        assertThatThrownBy(() -> accountService.register(new Registration(uniqueEmail(), "Rose", "a rose for every night")))
                .isInstanceOfSatisfying(AccountProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo(AccountProblem.Field.PASSWORD));
        assertThat(accountService.register(new Registration(uniqueEmail(), "Al", "always a quiet night"))).isNotNull();
    }

    @Test
    void deletingMyAccountNeedsMyPasswordAndRemovesIt() {
        var id = accountService.register(new Registration(uniqueEmail(), "Maya", GOOD_PASSWORD));
        SignedIn.as(id, "Maya");

        assertThatThrownBy(() -> accountService.deleteMyAccount("wrong password here"))
                .isInstanceOf(AccountProblem.class);
        assertThat(accounts.existsById(id)).isTrue();

        accountService.deleteMyAccount(GOOD_PASSWORD);

        assertThat(accounts.existsById(id)).isFalse();
    }

    @Test
    void aPasswordChangeSignsOutHerOtherDevicesAndDeletionSignsOutAll() {
        var id = accountService.register(new Registration(uniqueEmail(), "Maya", GOOD_PASSWORD));
        var maya = SignedIn.as(id, "Maya");
        sessions.registerNewSession("phone-" + id, maya);
        sessions.registerNewSession("laptop-" + id, maya);

        accountService.changeMyPassword(new PasswordChange(GOOD_PASSWORD, "a brand new long sentence"));

        assertThat(sessions.getAllSessions(maya, true)).allSatisfy(session -> assertThat(session.isExpired()).isTrue());

        sessions.registerNewSession("tablet-" + id, maya);
        accountService.deleteMyAccount("a brand new long sentence");
        assertThat(sessions.getAllSessions(maya, false)).isEmpty();
    }

    @Test
    void ownAccountMethodsRefuseWhenNobodyIsSignedIn() {
        assertThatThrownBy(() -> accountService.myAccount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accountService.deleteMyAccount(GOOD_PASSWORD))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
