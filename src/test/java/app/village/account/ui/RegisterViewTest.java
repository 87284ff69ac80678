package app.village.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountProblem;
import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.account.RegistrationPrefill;
import app.village.security.VillageUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class RegisterViewTest extends KaribuUiTest {

    @Autowired AccountService accountService;
    @Autowired SessionRegistry sessions;

    RegisterView view;

    @BeforeEach
    void openRegisterPage() {
        startSignedOut();
        UI.getCurrent().navigate("register");
        view = _get(RegisterView.class);
    }

    private void fillIn(String email, String displayName, String password) {
        _setValue(view.email, email);
        _setValue(view.displayName, displayName);
        _setValue(view.password, password);
        _click(view.create);
    }

    private void assertOnlyThisFieldComplains(TextFieldBase<?, String> field) {
        assertThat(field.isInvalid()).as("%s is invalid", field.getLabel()).isTrue();
        assertThat(field.getErrorMessage()).as("message next to %s", field.getLabel()).isNotBlank();
        for (var other : List.<TextFieldBase<?, String>>of(view.email, view.displayName, view.password)) {
            if (other != field) {
                assertThat(other.isInvalid()).as("%s is invalid", other.getLabel()).isFalse();
            }
        }
        assertThat(_get(RegisterView.class)).as("still on the register page").isSameAs(view);
    }

    /** Registering the email works only while no account holds it, so this shows the form stored nothing. */
    private void assertEmailIsStillFree(String email) {
        accountService.register(new Registration(email, "Maya", GOOD_PASSWORD));
    }

    @Test
    void everyFieldIsMarkedRequired() {
        assertThat(List.of(view.email, view.displayName, view.password))
                .allSatisfy(field -> assertThat(field.isRequiredIndicatorVisible()).as(field.getLabel()).isTrue());
    }

    @Test
    void registeringOpensTheAccountAndSignsHerInWithANewSessionId() {
        var email = uniqueEmail();
        var sessionBefore = VaadinSession.getCurrent().getSession().getId();

        fillIn(email, "Maya", GOOD_PASSWORD);

        assertThatThrownBy(() -> accountService.register(new Registration(email, "Maya", GOOD_PASSWORD)))
                .as("the account exists").isInstanceOf(AccountProblem.class);
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn).isNotNull();
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(VillageUser.class,
                user -> assertThat(user.displayName()).isEqualTo("Maya"));
        assertThat(VaadinSession.getCurrent().getSession().getId()).as("a new session id, as the login gives")
                .isNotEqualTo(sessionBefore);
        assertThat(sessions.getAllSessions(signedIn.getPrincipal(), false)).as("in the registry, so a password "
                + "change or deletion ends it").extracting(session -> session.getSessionId())
                .contains(VaadinSession.getCurrent().getSession().getId());
    }

    @Test
    void registeringWithACommonPasswordShowsTheMessageNextToThePasswordField() {
        var email = uniqueEmail();

        fillIn(email, "Maya", "password1234");

        assertOnlyThisFieldComplains(view.password);
        assertEmailIsStillFree(email);
    }

    @Test
    void aTenThousandCharacterNameShowsTheMessageNextToTheNameField() {
        var email = uniqueEmail();

        fillIn(email, "x".repeat(10_000), GOOD_PASSWORD);

        assertOnlyThisFieldComplains(view.displayName);
        assertEmailIsStillFree(email);
    }

    @Test
    void markupInTheNameShowsTheMessageNextToTheNameField() {
        var email = uniqueEmail();

        fillIn(email, "<b>Maya</b>", GOOD_PASSWORD);

        assertOnlyThisFieldComplains(view.displayName);
        assertEmailIsStillFree(email);
    }

    @Test
    void aMalformedEmailShowsTheMessageNextToTheEmailField() {
        fillIn("maya.village.example", "Maya", GOOD_PASSWORD);

        assertOnlyThisFieldComplains(view.email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "displayName", "password"})
    void anEmptyFieldShowsTheMessageNextToThatField(String emptyField) {
        var email = uniqueEmail();

        fillIn(emptyField.equals("email") ? "" : email,
                emptyField.equals("displayName") ? "" : "Maya",
                emptyField.equals("password") ? "" : GOOD_PASSWORD);

        assertOnlyThisFieldComplains(switch (emptyField) {
            case "email" -> view.email;
            case "displayName" -> view.displayName;
            default -> view.password;
        });
        assertEmailIsStillFree(email);
    }

    @Test
    void anEmailThatHasAnAccountWithAnotherPasswordIsRefusedWithoutSayingAnAccountExists() {
        var email = uniqueEmail();
        accountService.register(new Registration(email, "Maya", GOOD_PASSWORD));

        fillIn(email.toUpperCase(), "Leo", "a different long passphrase");

        assertOnlyThisFieldComplains(view.email);
        assertThat(view.email.getErrorMessage()).isEqualTo(AccountService.SIGN_UP_REFUSED)
                .doesNotContain("already has");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void anEmailThatHasAnAccountWithItsOwnPasswordSimplySignsHerIn() {
        var email = uniqueEmail();
        var id = accountService.register(new Registration(email, "Maya", GOOD_PASSWORD));

        fillIn(email, "Maya", GOOD_PASSWORD);

        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isEqualTo(new VillageUser(id, "Maya"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maya\u202Egnp.exe", "Ma\u200Bya", "Maya\nRivera"})
    void aNameWithHiddenCharactersOrALineBreakShowsTheMessageNextToTheNameField(String escaped) {
        var email = uniqueEmail();

        fillIn(email, escaped.translateEscapes(), GOOD_PASSWORD);

        assertOnlyThisFieldComplains(view.displayName);
        assertEmailIsStillFree(email);
    }

    @Test
    void aPasswordWithHerNameInItShowsTheMessageNextToThePasswordField() {
        var email = uniqueEmail();

        fillIn(email, "Maya Rivera", "the rivera family at night");

        assertOnlyThisFieldComplains(view.password);
        assertThat(view.password.getErrorMessage()).contains("your name");
        assertEmailIsStillFree(email);
    }

    @Test
    void anInvitationPrefillsTheInvitedEmailOnceFromTheSessionNotFromTheAddress() {
        VaadinSession.getCurrent().getSession().setAttribute(RegistrationPrefill.SESSION_ATTRIBUTE,
                "leo@village.example");
        UI.getCurrent().navigate("register");

        assertThat(_get(RegisterView.class).email.getValue()).isEqualTo("leo@village.example");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(RegistrationPrefill.SESSION_ATTRIBUTE))
                .as("read once").isNull();
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("register", QueryParameters.of("email", "mallory@example.org"));
        assertThat(_get(RegisterView.class).email.getValue()).as("an address in the URL is not taken").isEmpty();
    }
}
