package app.village.account.ui;

import app.village.account.AccountProblem;
import app.village.account.ChosenPassword;
import app.village.account.PasswordResetService;
import app.village.account.ResetLinkProblem;
import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The link from the reset mail: a new password, typed twice. A link that can't be used (wrong, used, expired or
 * superseded) gets a friendly page with a way to ask for a new one.
 */
@Route(ResetPasswordView.ROUTE)
@PageTitle("Choose a new password · Village")
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver {

    static final String TOKEN = "token";
    static final String ROUTE = "reset-password/:" + TOKEN;
    static final String PASSWORD_SET = "Your new password is set.";
    /** The start page; the app's base address makes it absolute, whatever this page's own path. */
    static final String START_PAGE = "./";

    private final PasswordResetService resets;

    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatedPassword = new PasswordField("New password again");
    final Button save = new Button("Set my new password");
    final Button askAgain = new Button("Ask for a new link");
    private final FormLayout form = new FormLayout(newPassword, repeatedPassword, save);
    private final BeanValidationBinder<ChosenPassword> binder = RecordBinders.forRecord(ChosenPassword.class);
    private String token = "";

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("narrow-page");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("12 to 128 characters. A short sentence you will remember works well.");
        repeatedPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        binder.bind(newPassword, "newPassword");
        binder.bind(repeatedPassword, "repeatedPassword");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> submit());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.addClickShortcut(Key.ENTER).listenOn(form);
        askAgain.addThemeVariants(ButtonVariant.PRIMARY);
        askAgain.addClickListener(click -> askAgain.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.ROUTE)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get(TOKEN).orElse("");
        try {
            resets.requireUsableLink(token);
        } catch (ResetLinkProblem problem) {
            showProblem(problem);
            return;
        }
        add(new H1("Choose a new password"),
                new Paragraph("After this, you're signed in here and signed out everywhere else."), form);
    }

    private void showProblem(ResetLinkProblem problem) {
        removeAll();
        add(new H1("This link can't be used any more"), new Paragraph(problem.getMessage()), askAgain);
    }

    void submit() {
        ChosenPassword chosen;
        try {
            chosen = binder.writeRecord();
        } catch (ValidationException invalid) {
            FormMessages.focusFirstInvalid(newPassword, repeatedPassword);
            return;
        }
        try {
            resets.setNewPassword(token, chosen);
        } catch (ResetLinkProblem problem) {
            showProblem(problem);
            return;
        } catch (AccountProblem problem) {
            FormMessages.show(problem.field() == AccountProblem.Field.REPEATED_PASSWORD ? repeatedPassword
                    : newPassword, problem.getMessage());
            return;
        }
        // Signed in now: a fresh page load, so the header and every view see her.
        NoticeAfterReload.showAfterReload(PASSWORD_SET);
        getUI().ifPresent(ui -> ui.getPage().setLocation(START_PAGE));
    }
}
