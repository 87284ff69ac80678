package app.village.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.EmailAddressChange;
import app.village.account.Registration;
import app.village.account.SignUpService;
import app.village.notification.OutboxForTests;
import app.village.notification.SwitchableMailStatus;
import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The address part of the account page, with mail on (the letters wait in the outbox; no SMTP server here). */
class EmailAddressPartTest extends KaribuUiTest {

    @Autowired AccountService accountService;
    @Autowired OutboxForTests mailOutbox;
    @Autowired SwitchableMailStatus mailStatus;

    @BeforeEach
    void mailOn() {
        mailStatus.pretend(true);
    }

    @AfterEach
    void mailAsConfigured() {
        mailStatus.reset();
    }

    private AccountView openAccountPageAs(String name) {
        startAs(newAccount(name));
        UI.getCurrent().navigate("account");
        return _get(AccountView.class);
    }

    private static void askToMoveTo(AccountView view, String address, String password) {
        _click(view.emailAddress.change);
        _setValue(view.emailAddress.newEmail, address);
        _setValue(view.emailAddress.password, password);
        _click(view.emailAddress.sendCode);
    }

    @Test
    void theNotificationsSectionShowsTheAddressMailGoesTo() {
        var view = openAccountPageAs("Rose");

        assertThat(view.emailAddress.address.getText()).contains(accountService.myAccount().email());
    }

    @Test
    void aWrongPasswordIsRefusedNextToThePasswordAndTheAddressStays() {
        var view = openAccountPageAs("Rose");
        var before = accountService.myAccount().email();

        askToMoveTo(view, uniqueEmail(), "certainly not my password");

        assertThat(view.emailAddress.password.isInvalid()).isTrue();
        assertThat(view.emailAddress.password.getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(view.emailAddress.dialog.isOpened()).isTrue();
        assertThat(view.emailAddress.codeStep.isVisible()).isFalse();
        assertThat(accountService.myAccount().email()).isEqualTo(before);
    }

    @Test
    void anAddressThatIsTakenGetsTheSameCodeStepAndNoCodeWorks() {
        var taken = uniqueEmail();
        accountService.register(new Registration(taken, "Ivy", GOOD_PASSWORD));
        var view = openAccountPageAs("Rose");
        var before = accountService.myAccount().email();

        askToMoveTo(view, taken.toUpperCase(), GOOD_PASSWORD);

        assertThat(view.emailAddress.newEmail.isInvalid()).isFalse();
        assertThat(view.emailAddress.codeSent.getText())
                .isEqualTo("We've sent a 6-digit code to " + taken + ". Enter it here to change your address. "
                        + "It works for 30 minutes.");
        _setValue(view.emailAddress.code, "123456");
        _click(view.emailAddress.confirm);
        assertThat(view.emailAddress.code.getErrorMessage()).isEqualTo(SignUpService.WRONG_CODE);
        assertThat(accountService.myAccount().email()).isEqualTo(before);
    }

    @Test
    void theCodeFromTheMailChangesTheAddressShownOnThePageAndTheOldOneIsTold() {
        var view = openAccountPageAs("Rose");
        var old = accountService.myAccount().email();
        var moved = uniqueEmail();

        askToMoveTo(view, moved.toUpperCase(), GOOD_PASSWORD);
        assertThat(view.emailAddress.codeSent.getText()).contains("code to " + moved + ".");
        assertThat(view.emailAddress.password.getValue()).as("her password isn't kept in the page").isEmpty();
        assertThat(accountService.myAccount().email()).as("not before the code").isEqualTo(old);
        // The code the delivery job would make when it sends the letter.
        var code = mailOutbox.secretOfNewestTo(moved).orElseThrow();
        _setValue(view.emailAddress.code, code);
        _click(view.emailAddress.confirm);

        assertThat(view.emailAddress.dialog.isOpened()).isFalse();
        assertThat(view.emailAddress.address.getText()).contains(moved);
        assertThat(view.getElement().getTextRecursively()).contains("Email: " + moved).doesNotContain(old);
        assertThat(accountService.myAccount().email()).isEqualTo(moved);
        assertThat(mailOutbox.lettersTo(old)).singleElement()
                .satisfies(letter -> assertThat(letter.template()).isEqualTo("email-changed"));
    }

    @Test
    void aCodeThatHasEndedTakesHerBackToTheAddressWithTheReasonNextToIt() {
        var view = openAccountPageAs("Rose");
        askToMoveTo(view, uniqueEmail(), GOOD_PASSWORD);

        for (int i = 0; i < 5; i++) {
            _setValue(view.emailAddress.code, "00000" + i);
            _click(view.emailAddress.confirm);
        }

        assertThat(view.emailAddress.codeStep.isVisible()).as("the code step is gone").isFalse();
        assertThat(view.emailAddress.newEmail.getErrorMessage()).isEqualTo(EmailAddressChange.CODE_ENDED);
    }

    @Test
    void withMailOffTheChangeIsRefusedNextToTheAddress() {
        mailStatus.pretend(false);
        var view = openAccountPageAs("Rose");

        askToMoveTo(view, uniqueEmail(), GOOD_PASSWORD);

        assertThat(view.emailAddress.newEmail.getErrorMessage()).isEqualTo(EmailAddressChange.MAIL_IS_OFF);
        assertThat(view.emailAddress.codeStep.isVisible()).isFalse();
    }
}
