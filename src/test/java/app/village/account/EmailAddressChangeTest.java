package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.notification.MailKind;
import app.village.notification.OutboxForTests;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@IntegrationTest
class EmailAddressChangeTest {

    static final String PASSWORD = "a quiet night for everyone";

    @Autowired EmailAddressChange emailAddressChange;
    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired AccountAuthenticationProvider authentication;
    @Autowired OutboxForTests mailOutbox;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private String signedInAs(String name) {
        var email = name.toLowerCase() + "-" + UUID.randomUUID() + "@village.example";
        var id = accountService.register(new Registration(email, name, PASSWORD));
        SignedIn.as(id, name);
        return email;
    }

    @Test
    void withHerPasswordTheAccountMovesToTheNewAddressAndTheOldOneIsTold() {
        var old = signedInAs("Maya");
        var moved = "Maya.New-" + UUID.randomUUID() + "@Village.example";

        emailAddressChange.changeMine(new NewEmailAddress(" " + moved + " ", PASSWORD));

        assertThat(accountService.myAccount().email()).isEqualTo(moved.toLowerCase());
        assertThat(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(moved, PASSWORD)).isAuthenticated()).isTrue();
        var told = mailOutbox.lettersTo(old);
        assertThat(told).hasSize(1);
        assertThat(told.getFirst().kind()).isEqualTo(MailKind.ACCOUNT_NOTICE);
        assertThat(told.getFirst().template()).isEqualTo("email-changed");
        assertThat(told.getFirst().values()).containsEntry("name", "Maya");
        assertThat(mailOutbox.lettersTo(moved.toLowerCase())).as("the new address is not written to").isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedNextToThePasswordAndCountsLikeAFailedLogin() {
        var old = signedInAs("Maya");
        var me = accountService.myAccount().id();

        assertThatThrownBy(() -> emailAddressChange.changeMine(
                new NewEmailAddress("elsewhere-" + UUID.randomUUID() + "@village.example", "not my password at all")))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.field()).isEqualTo(AccountProblem.Field.CURRENT_PASSWORD);
                    assertThat(problem.getMessage()).isEqualTo("That is not your current password.");
                });

        assertThat(accountService.myAccount().email()).isEqualTo(old);
        assertThat(accounts.findById(me).orElseThrow().getFailedLoginCount()).isEqualTo(1);
        assertThat(mailOutbox.lettersTo(old)).isEmpty();
    }

    @Test
    void anAddressThatHasAnotherAccountIsRefusedWithoutSayingSo() {
        var taken = "Rose-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(taken, "Rose", PASSWORD));
        var old = signedInAs("Maya");

        assertThatThrownBy(() -> emailAddressChange.changeMine(new NewEmailAddress(taken.toUpperCase(), PASSWORD)))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.field()).isEqualTo(AccountProblem.Field.EMAIL);
                    assertThat(problem.getMessage()).isEqualTo("That address can't be used for your account.");
                });

        assertThat(accountService.myAccount().email()).isEqualTo(old);
        assertThat(mailOutbox.lettersTo(old)).isEmpty();
    }

    @Test
    void nobodySignedInCantChangeAnAddress() {
        assertThatThrownBy(() -> emailAddressChange.changeMine(
                new NewEmailAddress("someone@village.example", PASSWORD)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
