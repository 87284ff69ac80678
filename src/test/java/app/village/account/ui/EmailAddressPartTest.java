package app.village.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.notification.OutboxForTests;
import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EmailAddressPartTest extends KaribuUiTest {

    @Autowired AccountService accountService;
    @Autowired OutboxForTests mailOutbox;

    private AccountView openAccountPageAs(String name) {
        startAs(newAccount(name));
        UI.getCurrent().navigate("account");
        return _get(AccountView.class);
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

        _click(view.emailAddress.change);
        _setValue(view.emailAddress.newEmail, uniqueEmail());
        _setValue(view.emailAddress.password, "certainly not my password");
        _click(view.emailAddress.confirm);

        assertThat(view.emailAddress.password.isInvalid()).isTrue();
        assertThat(view.emailAddress.password.getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(view.emailAddress.dialog.isOpened()).isTrue();
        assertThat(accountService.myAccount().email()).isEqualTo(before);
    }

    @Test
    void anAddressThatIsTakenIsRefusedNextToTheAddress() {
        var taken = uniqueEmail();
        accountService.register(new Registration(taken, "Ivy", GOOD_PASSWORD));
        var view = openAccountPageAs("Rose");

        _click(view.emailAddress.change);
        _setValue(view.emailAddress.newEmail, taken);
        _setValue(view.emailAddress.password, GOOD_PASSWORD);
        _click(view.emailAddress.confirm);

        assertThat(view.emailAddress.newEmail.isInvalid()).isTrue();
        assertThat(view.emailAddress.newEmail.getErrorMessage())
                .isEqualTo("That address can't be used for your account.");
    }

    @Test
    void aNewAddressIsShownOnThePageAndTheOldOneIsTold() {
        var view = openAccountPageAs("Rose");
        var old = accountService.myAccount().email();
        var moved = uniqueEmail();

        _click(view.emailAddress.change);
        _setValue(view.emailAddress.newEmail, moved);
        _setValue(view.emailAddress.password, GOOD_PASSWORD);
        _click(view.emailAddress.confirm);

        assertThat(view.emailAddress.dialog.isOpened()).isFalse();
        assertThat(view.emailAddress.address.getText()).contains(moved.toLowerCase());
        assertThat(view.getElement().getTextRecursively()).contains("Email: " + moved.toLowerCase())
                .doesNotContain(old);
        assertThat(accountService.myAccount().email()).isEqualTo(moved.toLowerCase());
        assertThat(mailOutbox.lettersTo(old)).singleElement()
                .satisfies(letter -> assertThat(letter.template()).isEqualTo("email-changed"));
    }
}
