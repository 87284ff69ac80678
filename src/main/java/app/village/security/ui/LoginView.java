package app.village.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-in. One message for every failure (unknown email, wrong password, too many tries),
 * so the page never tells a stranger whether an account exists.
 */
@Route("login")
@PageTitle("Log in · Village")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String FAILURE_TITLE = "That didn't work";
    static final String FAILURE_MESSAGE = "Check your email and password and try again. "
            + "After several wrong tries, please wait a minute before the next one.";

    /** A plain address: the page belongs to accounts, which builds on security, not the other way round. */
    static final String FORGOT_PASSWORD_PAGE = "forgot-password";

    private final AuthenticationContext authenticationContext;
    private final LoginForm loginForm = new LoginForm();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("narrow-page");

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(createI18n());

        // A real link under the form, not the form's own button: reachable by keyboard and readable as a link.
        var forgotPassword = new Anchor(FORGOT_PASSWORD_PAGE, "Forgot your password?");
        forgotPassword.addClassName("text-link");
        var forgot = new Div(forgotPassword);
        forgot.addClassName("login-footer");

        var register = new Anchor("register", "Create an account");
        register.addClassName("text-link");
        var newHere = new Div(new Paragraph("New to Village, or invited by your family? "), register);
        newHere.addClassName("login-footer");

        add(new H1("Welcome back"), loginForm, forgot, newHere);
    }

    private static LoginI18n createI18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Log in");
        i18n.getErrorMessage().setTitle(FAILURE_TITLE);
        i18n.getErrorMessage().setMessage(FAILURE_MESSAGE);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        loginForm.setError(parameters.containsKey("error"));
    }
}
