package app.village.account.ui;

import app.village.account.PasswordResetService;
import app.village.account.ResetRequest;
import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import app.village.notification.MailStatus;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot your password?": her email and one button. Every well-formed address gets the same answer, so the page
 * never tells a stranger whether an account exists. Without a mail server it says so instead of pretending.
 */
@Route(ForgotPasswordView.ROUTE)
@PageTitle("Forgot your password? · Village")
@AnonymousAllowed
class ForgotPasswordView extends Main {

    static final String ROUTE = "forgot-password";
    static final String ASK_THE_HOST = "Ask the person who runs this Village to reset it for you.";

    private final PasswordResetService resets;

    final TextField email = new TextField("Email");
    final Button send = new Button("Send me a link");
    final Paragraph answer = new Paragraph();
    private final FormLayout form = new FormLayout();
    private final BeanValidationBinder<ResetRequest> binder = RecordBinders.forRecord(ResetRequest.class);

    ForgotPasswordView(PasswordResetService resets, MailStatus mailStatus) {
        this.resets = resets;
        addClassName("narrow-page");
        var login = new Anchor("login", "Back to log in");
        login.addClassName("text-link");

        if (!mailStatus.isOn()) {
            add(new H1("Forgot your password?"), new Paragraph(MailStatus.MAIL_IS_OFF + " " + ASK_THE_HOST), login);
            return;
        }
        email.setAutocomplete(Autocomplete.EMAIL);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocapitalize", "none");
        binder.bind(email, "email");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(click -> submit());
        form.add(email, send);
        send.addClickShortcut(Key.ENTER).listenOn(form);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        // Read out when it appears, for a screen reader that stayed on the button.
        answer.getElement().setAttribute("role", "status");

        add(new H1("Forgot your password?"),
                new Paragraph("Type the email address you log in with. We'll send you a link to choose a new "
                        + "password."),
                form, answer, login);
    }

    void submit() {
        ResetRequest request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException invalid) {
            FormMessages.focusFirstInvalid(email);
            return;
        }
        resets.requestReset(request);
        form.setVisible(false);
        answer.setText(PasswordResetService.REQUEST_ANSWER);
    }
}
