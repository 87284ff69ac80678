package app.village.account.ui;

import app.village.account.AccountProblem;
import app.village.account.EmailAddressChange;
import app.village.account.NewEmailAddress;
import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import app.village.base.ui.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The address her mail goes to, in the Notifications section, and the small form that moves her account to
 * another address: the new address and her current password.
 */
class EmailAddressPart extends Div {

    private final EmailAddressChange emailAddressChange;
    private final Consumer<String> changed;

    final Paragraph address = new Paragraph();
    final Button change = new Button("Change");
    final Dialog dialog = new Dialog();
    final EmailField newEmail = new EmailField("New email address");
    final PasswordField password = new PasswordField("Your current password");
    final Button confirm = new Button("Change address");
    private final BeanValidationBinder<NewEmailAddress> binder = RecordBinders.forRecord(NewEmailAddress.class);

    /** {@code changed} hears the new address, for the rest of the page. */
    EmailAddressPart(EmailAddressChange emailAddressChange, String currentEmail, Consumer<String> changed) {
        this.emailAddressChange = emailAddressChange;
        this.changed = changed;
        showAddress(currentEmail);
        change.addClickListener(click -> dialog.open());
        change.setAriaLabel("Change the address mail goes to");

        newEmail.setAutocomplete(Autocomplete.EMAIL);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        binder.bind(newEmail, "email");
        binder.bind(password, "currentPassword");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> submit());
        dialog.setHeaderTitle("Change your email address");
        dialog.add(new Paragraph("You'll log in with the new address, and Village writes to it. We'll let the old "
                + "address know."), newEmail, password);
        dialog.getFooter().add(new Button("Keep this address", click -> dialog.close()), confirm);
        add(address, change);
    }

    private void showAddress(String email) {
        address.setText("Mail goes to " + email + ", the address of your account.");
    }

    void submit() {
        NewEmailAddress wanted;
        try {
            wanted = binder.writeRecord();
        } catch (ValidationException invalid) {
            FormMessages.focusFirstInvalid(newEmail, password);
            return;
        }
        try {
            emailAddressChange.changeMine(wanted);
        } catch (AccountProblem problem) {
            FormMessages.show(problem.field() == AccountProblem.Field.EMAIL ? newEmail : password,
                    problem.getMessage());
            return;
        }
        var email = wanted.email().strip().toLowerCase(Locale.ROOT);
        showAddress(email);
        changed.accept(email);
        newEmail.clear();
        password.clear();
        binder.refreshFields();
        dialog.close();
        Toast.show("Saved. Village writes to your new address from now on.");
    }
}
