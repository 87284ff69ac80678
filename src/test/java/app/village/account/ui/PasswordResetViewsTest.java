package app.village.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.account.PasswordResetService;
import app.village.account.Registration;
import app.village.account.ResetLinkProblem;
import app.village.account.ResetRequest;
import app.village.notification.MailStatus;
import app.village.notification.OutboxForTests;
import app.village.security.VillageUser;
import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class PasswordResetViewsTest extends KaribuUiTest {

    static final String NEW_PASSWORD = "the kettle sings at dawn";

    @Autowired AccountService accountService;
    @Autowired PasswordResetService resets;
    @Autowired OutboxForTests mailOutbox;
    @Autowired AuthenticationProvider login;

    String email;
    UUID accountId;

    @BeforeEach
    void registerRoseAndOpenTheApp() {
        email = uniqueEmail();
        accountId = accountService.register(new Registration(email, "Rose", GOOD_PASSWORD));
        startSignedOut();
    }

    /** The token her mail would carry: this app has no mail server, so the test mints it as sending would. */
    private String tokenOfANewReset() {
        resets.requestReset(new ResetRequest(email));
        return mailOutbox.secretOfNewestTo(email).orElseThrow();
    }

    private ResetPasswordView openLink(String token) {
        UI.getCurrent().navigate("reset-password/" + token);
        return _get(ResetPasswordView.class);
    }

    @Test
    void aUsableLinkSetsTheNewPasswordAndSignsHerInHere() {
        var view = openLink(tokenOfANewReset());

        _setValue(view.newPassword, NEW_PASSWORD);
        _setValue(view.repeatedPassword, NEW_PASSWORD);
        _click(view.save);

        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn).isNotNull();
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(VillageUser.class,
                user -> assertThat(user.accountId()).isEqualTo(accountId));
        assertThat(VaadinSession.getCurrent().getAttribute(NoticeAfterReload.ATTRIBUTE))
                .as("the toast shown on the start page it loads next").isEqualTo(ResetPasswordView.PASSWORD_SET);
        login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, NEW_PASSWORD));
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email,
                GOOD_PASSWORD))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void twoDifferentPasswordsAreRefusedNextToTheSecondField() {
        var view = openLink(tokenOfANewReset());

        _setValue(view.newPassword, NEW_PASSWORD);
        _setValue(view.repeatedPassword, NEW_PASSWORD + " but different");
        _click(view.save);

        assertThat(view.repeatedPassword.isInvalid()).isTrue();
        assertThat(view.repeatedPassword.getErrorMessage()).contains("not the same");
        assertThat(view.newPassword.isInvalid()).isFalse();
        login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, GOOD_PASSWORD));
    }

    @Test
    void aCommonPasswordIsRefusedNextToTheField() {
        var view = openLink(tokenOfANewReset());

        _setValue(view.newPassword, "password1234");
        _setValue(view.repeatedPassword, "password1234");
        _click(view.save);

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isNotBlank();
        login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, GOOD_PASSWORD));
    }

    @Test
    void aWrongOrUsedLinkShowsAFriendlyPageWithAWayToAskAgain() {
        var token = tokenOfANewReset();
        var view = openLink(token);
        _setValue(view.newPassword, NEW_PASSWORD);
        _setValue(view.repeatedPassword, NEW_PASSWORD);
        _click(view.save);

        for (var link : List.of(token, "not-a-token-at-all")) {
            view = openLink(link);
            assertThat(_get(view, H1.class).getText()).isEqualTo("This link can't be used any more");
            assertThat(_find(view, Paragraph.class)).extracting(Paragraph::getText).contains(ResetLinkProblem.UNUSABLE);
            assertThat(_find(view, TextField.class)).isEmpty();
        }

        _click(view.askAgain);
        _get(ForgotPasswordView.class);
    }

    @Test
    void withoutAMailServerTheForgotPageSaysSoInsteadOfPretending() {
        UI.getCurrent().navigate(ForgotPasswordView.ROUTE);

        var view = _get(ForgotPasswordView.class);
        assertThat(_find(view, Paragraph.class)).extracting(Paragraph::getText)
                .contains(MailStatus.MAIL_IS_OFF + " " + ForgotPasswordView.ASK_THE_HOST);
        assertThat(_find(view, TextField.class)).as("no form that would send nothing").isEmpty();
    }

    @Test
    void withMailEveryWellFormedAddressGetsTheSameAnswer() {
        var mailOn = Mockito.mock(MailStatus.class);
        Mockito.when(mailOn.isOn()).thenReturn(true);
        var answers = new java.util.ArrayList<String>();
        for (var address : List.of(email, uniqueEmail())) {
            var view = new ForgotPasswordView(resets, mailOn);
            UI.getCurrent().add(view);
            _setValue(view.email, address);
            _click(view.send);
            answers.add(view.answer.getText());
            UI.getCurrent().remove(view);
        }

        assertThat(answers).containsExactly(PasswordResetService.REQUEST_ANSWER, PasswordResetService.REQUEST_ANSWER);
        assertThat(mailOutbox.lettersTo(email)).hasSize(1);
    }

    @Test
    void aMalformedAddressGetsAMessageNextToTheFieldAndNothingIsAsked() {
        var mailOn = Mockito.mock(MailStatus.class);
        Mockito.when(mailOn.isOn()).thenReturn(true);
        var view = new ForgotPasswordView(resets, mailOn);
        UI.getCurrent().add(view);

        _setValue(view.email, "rose at home");
        _click(view.send);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("This doesn't look like an email address.");
        assertThat(view.answer.getText()).isEmpty();
    }
}
