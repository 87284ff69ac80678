package app.village.account.ui;

import app.village.account.AccountProblem;
import app.village.account.CodeRefused;
import app.village.account.EmailAddressChange;
import app.village.account.NewEmailAddress;
import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import app.village.base.ui.Toast;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The address her mail goes to, in the Notifications section, and the small dialog that moves her account to
 * another address: the new address and her current password, then the code mailed to the new address. Every
 * address gets the same code step (docs/decisions/email-address-change.md).
 */
class EmailAddressPart extends Div {

    private final EmailAddressChange emailAddressChange;
    private final Consumer<String> changed;

    final Paragraph address = new Paragraph();
    final Button change = new Button("Change");
    final Dialog dialog = new Dialog();
    final EmailField newEmail = new EmailField("New email address");
    final PasswordField password = new PasswordField("Your current password");
    final Button sendCode = new Button("Send a code");
    private final BeanValidationBinder<NewEmailAddress> binder = RecordBinders.forRecord(NewEmailAddress.class);
    private final Div addressStep;

    final Paragraph codeSent = new Paragraph();
    final TextField code = new TextField("Code from the mail");
    final Button confirm = new Button("Change address");
    final Button sendNewCode = new Button("Send a new code");
    final Paragraph newCodeSent = new Paragraph();
    final Div codeStep;
    /** The change waiting for its code; kept on the server with this page, never sent to the browser. */
    private @Nullable UUID waitingChange;

    /** {@code changed} hears the new address, for the rest of the page. */
    EmailAddressPart(EmailAddressChange emailAddressChange, String currentEmail, Consumer<String> changed) {
        this.emailAddressChange = emailAddressChange;
        this.changed = changed;
        showAddress(currentEmail);
        change.addClickListener(click -> openDialog());
        change.setAriaLabel("Change the address mail goes to");

        newEmail.setAutocomplete(Autocomplete.EMAIL);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        binder.bind(newEmail, "email");
        binder.bind(password, "currentPassword");
        sendCode.addThemeVariants(ButtonVariant.PRIMARY);
        sendCode.addClickListener(click -> submit());
        addressStep = new Div(new Paragraph("You'll log in with the new address, and Village writes to it. We'll "
                + "send a code to the new address to check it is yours, and let the old address know."),
                newEmail, password, sendCode);
        sendCode.addClickShortcut(Key.ENTER).listenOn(addressStep);
        codeStep = codeStep();
        dialog.setHeaderTitle("Change your email address");
        dialog.add(addressStep, codeStep);
        dialog.getFooter().add(new Button("Keep this address", click -> dialog.close()));
        add(address, change);
    }

    private Div codeStep() {
        CodeEntry.prepare(code, codeSent, newCodeSent, sendNewCode);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> confirmCode());
        sendNewCode.addClickListener(click -> sendNewCode());
        var step = new Div(codeSent, code, confirm, newCodeSent, sendNewCode);
        confirm.addClickShortcut(Key.ENTER).listenOn(step);
        step.setVisible(false);
        return step;
    }

    private void showAddress(String email) {
        address.setText("Mail goes to " + email + ", the address of your account.");
    }

    private void openDialog() {
        backToTheAddress();
        dialog.open();
    }

    void submit() {
        NewEmailAddress wanted;
        try {
            wanted = binder.writeRecord();
        } catch (ValidationException invalid) {
            FormMessages.focusFirstInvalid(newEmail, password);
            return;
        }
        EmailAddressChange.CodeSent sent;
        try {
            sent = emailAddressChange.requestMine(wanted);
        } catch (AccountProblem problem) {
            FormMessages.show(problem.field() == AccountProblem.Field.EMAIL ? newEmail : password,
                    problem.getMessage());
            return;
        }
        waitingChange = sent.change();
        password.clear();
        codeSent.setText("We've sent a 6-digit code to " + sent.address()
                + ". Enter it here to change your address. It works for 30 minutes.");
        addressStep.setVisible(false);
        codeStep.setVisible(true);
        CodeEntry.shown(code, newCodeSent);
    }

    void confirmCode() {
        var waiting = waitingChange;
        if (waiting == null) {
            return;
        }
        String moved;
        try {
            moved = emailAddressChange.confirmMine(waiting, code.getValue());
        } catch (CodeRefused refused) {
            showRefusal(refused);
            return;
        }
        showAddress(moved);
        changed.accept(moved);
        backToTheAddress();
        newEmail.clear();
        binder.refreshFields();
        dialog.close();
        Toast.show("Saved. Village writes to your new address from now on.");
    }

    private void sendNewCode() {
        var waiting = waitingChange;
        if (waiting == null) {
            return;
        }
        try {
            emailAddressChange.sendNewCode(waiting);
        } catch (CodeRefused refused) {
            showRefusal(refused);
            return;
        }
        CodeEntry.newCodeSent(code, newCodeSent);
    }

    private void showRefusal(CodeRefused refused) {
        CodeEntry.refused(refused, code, newEmail, this::backToTheAddress);
    }

    /** The address step again, with what she typed: she may start the change over. */
    private void backToTheAddress() {
        waitingChange = null;
        codeStep.setVisible(false);
        addressStep.setVisible(true);
    }
}
