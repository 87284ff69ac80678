package app.village.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountProblem;
import app.village.account.AccountService;
import app.village.security.ui.LoginView;
import app.village.testsupport.KaribuUiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountViewTest extends KaribuUiTest {

    static final String NEW_PASSWORD = "the baby finally sleeps at nine";

    @Autowired AccountService accountService;

    private AccountView openAccountPageAs(String displayName) {
        startAs(newAccount(displayName));
        UI.getCurrent().navigate("account");
        return _get(AccountView.class);
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPageInsteadOfTheAccountPage() {
        startSignedOut();

        UI.getCurrent().navigate("account");

        _assertNone(AccountView.class);
        _get(LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void theAccountPageShowsTheSignedInPersonsName() {
        var view = openAccountPageAs("Grandma Rose");

        assertThat(view.getElement().getTextRecursively()).contains("Name: Grandma Rose");
    }

    @Test
    void aWrongCurrentPasswordShowsTheMessageNextToTheCurrentPasswordField() {
        var view = openAccountPageAs("Maya");

        _setValue(view.currentPassword, "not what I chose at all");
        _setValue(view.newPassword, NEW_PASSWORD);
        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isNotBlank();
        assertThat(view.newPassword.isInvalid()).isFalse();
        // The password is unchanged: the old one still proves who she is.
        assertThatThrownBy(() -> accountService.deleteMyAccount(NEW_PASSWORD)).isInstanceOf(AccountProblem.class);
    }

    @Test
    void changingThePasswordReplacesTheOldOne() {
        var view = openAccountPageAs("Maya");

        _setValue(view.currentPassword, GOOD_PASSWORD);
        _setValue(view.newPassword, NEW_PASSWORD);
        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.newPassword.isInvalid()).isFalse();
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(view.newPassword.getValue()).isEmpty();
        NotificationsKt.expectNotifications("Your password is changed.");
        assertThatThrownBy(() -> accountService.deleteMyAccount(GOOD_PASSWORD)).isInstanceOf(AccountProblem.class);
        accountService.deleteMyAccount(NEW_PASSWORD);
    }

    @Test
    void deletingWithAWrongPasswordShowsTheMessageNextToThePasswordAndKeepsTheAccount() {
        var view = openAccountPageAs("Maya");

        _click(view.deleteAccount);
        MockVaadin.clientRoundtrip(false);
        assertThat(view.deleteDialog.isOpened()).isTrue();
        _setValue(view.deletePassword, "not what I chose at all");
        _click(view.confirmDelete);

        assertThat(view.deletePassword.isInvalid()).isTrue();
        assertThat(view.deletePassword.getErrorMessage()).isNotBlank();
        assertThat(view.deleteDialog.isOpened()).isTrue();
        assertThat(accountService.myAccount().displayName()).isEqualTo("Maya");
    }
}
