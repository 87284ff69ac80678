package app.village.account.ui;

import app.village.account.AccountProblem;
import app.village.account.Registration;
import app.village.account.RegistrationPrefill;
import app.village.account.CodeRefused;
import app.village.account.SignUpService;
import app.village.account.SignUpStep;
import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.Route;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Opening an account: three fields and one button. No "repeat password" field: the password
 * field's reveal button lets her check what she typed, which is kinder on a phone at night.
 * With mail on, a second step on the same page asks for the code mailed to her address; every address gets that
 * same step (docs/decisions/sign-up-confirms-the-address.md).
 */
@Route("register")
@PageTitle("Create an account · Village")
@AnonymousAllowed
class RegisterView extends Main implements BeforeEnterObserver {

    /** The start page, relative to the app's base address (this page is {@code register}, next to it). */
    static final String START_PAGE = "./";

    private final SignUpService signUpService;
    private final AuthenticationContext authenticationContext;

    final TextField email = new TextField("Email");
    final TextField displayName = new TextField("Your name");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create account");
    private final BeanValidationBinder<Registration> binder = RecordBinders.forRecord(Registration.class);
    private final FormLayout form;

    final Paragraph codeSent = new Paragraph();
    final TextField code = new TextField("Code from the mail");
    final Button finish = new Button("Finish");
    final Button sendNewCode = new Button("Send a new code");
    final Button useAnotherAddress = new Button("Use a different address");
    final Paragraph newCodeSent = new Paragraph();
    private final Div codeStep;
    /** The sign-up waiting for its code; kept on the server with this page, never sent to the browser. */
    private @Nullable UUID waitingSignUp;

    RegisterView(SignUpService signUpService, AuthenticationContext authenticationContext) {
        this.signUpService = signUpService;
        this.authenticationContext = authenticationContext;
        addClassName("narrow-page");

        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocapitalize", "none");
        displayName.setHelperText("How your family will see you, for example \"Maya\" or \"Grandma Rose\".");
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        password.setHelperText("12 to 128 characters. A short sentence you will remember works well.");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (var field : new TextField[] {email, displayName}) {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }

        binder.bind(email, "email");
        binder.bind(displayName, "displayName");
        binder.bind(password, "password");

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> submit());

        form = new FormLayout(email, displayName, password, create);
        // Enter submits from within the form only, not from the header or navigation.
        create.addClickShortcut(Key.ENTER).listenOn(form);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        var login = new Anchor("login", "Log in");
        login.addClassName("text-link");
        var haveAccount = new Paragraph("Already have an account? ");
        haveAccount.add(login);

        add(new H1("Create your account"),
                new Paragraph("Village keeps a new mother's circle in step: who brings dinner, "
                        + "who takes the night, and when she gets to rest."),
                form);
        codeStep = codeStep();
        add(codeStep, haveAccount);
    }

    private Div codeStep() {
        CodeEntry.prepare(code, codeSent, newCodeSent, sendNewCode);
        finish.addThemeVariants(ButtonVariant.PRIMARY);
        finish.addClickListener(click -> confirmCode());
        sendNewCode.addClickListener(click -> sendNewCode());
        useAnotherAddress.addThemeVariants(ButtonVariant.TERTIARY);
        useAnotherAddress.addClickListener(click -> backToTheForm());

        var codeForm = new FormLayout(code, finish);
        codeForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        finish.addClickShortcut(Key.ENTER).listenOn(codeForm);
        var otherWays = new Div(sendNewCode, useAnotherAddress);
        otherWays.addClassName("actions");
        var step = new Div(codeSent, codeForm, newCodeSent, otherWays);
        step.setVisible(false);
        return step;
    }

    void submit() {
        Registration registration;
        try {
            registration = binder.writeRecord();
        } catch (ValidationException invalid) {
            FormMessages.focusFirstInvalid(email, displayName, password);
            return;
        }
        SignUpStep step;
        try {
            step = signUpService.start(registration);
        } catch (AccountProblem problem) {
            var field = switch (problem.field()) {
                case EMAIL -> email;
                case DISPLAY_NAME -> displayName;
                default -> password;
            };
            FormMessages.show(field, problem.getMessage());
            return;
        }
        switch (step) {
            case SignUpStep.CodeSent sent -> askForTheCode(sent.signUp());
            case SignUpStep.SignedIn signedIn -> goToTheStartPage();
        }
    }

    private void askForTheCode(UUID signUp) {
        waitingSignUp = signUp;
        codeSent.setText("We've sent a 6-digit code to " + email.getValue().strip()
                + ". Enter it here to finish. It works for 30 minutes.");
        form.setVisible(false);
        codeStep.setVisible(true);
        CodeEntry.shown(code, newCodeSent);
    }

    void confirmCode() {
        var signUp = waitingSignUp;
        if (signUp == null) {
            return;
        }
        try {
            signUpService.confirm(signUp, code.getValue());
        } catch (CodeRefused refused) {
            showRefusal(refused);
            return;
        }
        goToTheStartPage();
    }

    private void sendNewCode() {
        var signUp = waitingSignUp;
        if (signUp == null) {
            return;
        }
        try {
            signUpService.sendNewCode(signUp);
        } catch (CodeRefused refused) {
            showRefusal(refused);
            return;
        }
        CodeEntry.newCodeSent(code, newCodeSent);
    }

    private void showRefusal(CodeRefused refused) {
        CodeEntry.refused(refused, code, email, this::backToTheForm);
    }

    /** The form again, as she left it: she may change the address (or anything else) and create the account. */
    private void backToTheForm() {
        waitingSignUp = null;
        codeStep.setVisible(false);
        form.setVisible(true);
        email.focus();
    }

    private void goToTheStartPage() {
        // Signed in now: a fresh page load, so the header and every view see her. The start page takes her on to
        // an invitation she opened before registering, with only its "Join" left.
        getUI().ifPresent(ui -> ui.getPage().setLocation(START_PAGE));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        // An invitation hands over the invited address (in the session, not the page address), so she need
        // not type it; read once.
        var session = VaadinSession.getCurrent().getSession();
        if (session != null && session.getAttribute(RegistrationPrefill.SESSION_ATTRIBUTE) instanceof String invited) {
            session.removeAttribute(RegistrationPrefill.SESSION_ATTRIBUTE);
            if (email.isEmpty()) {
                email.setValue(invited);
            }
        }
    }
}
