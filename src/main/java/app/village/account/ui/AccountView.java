package app.village.account.ui;

import app.village.account.AccountProblem;
import app.village.account.AccountService;
import app.village.account.EmailAddressChange;
import app.village.account.PasswordChange;
import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import app.village.base.ui.Toast;
import app.village.notification.ui.NotificationsSection;
import app.village.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in person's own account: her details, a new password, or leaving Village. */
@Route("account")
@PageTitle("Your account · Village")
@PermitAll
class AccountView extends Main {

    static final String CALENDAR_PAGE = "calendar-feed";

    private final AccountService accountService;
    private final CurrentUser currentUser;

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final Button changePassword = new Button("Change password");
    private final BeanValidationBinder<PasswordChange> passwordBinder =
            RecordBinders.forRecord(PasswordChange.class);

    final Button deleteAccount = new Button("Delete my account…");
    final PasswordField deletePassword = new PasswordField("Your password");
    final Button confirmDelete = new Button("Delete my account");
    final Dialog deleteDialog = new Dialog();

    final NotificationsSection notifications;
    final EmailAddressPart emailAddress;

    AccountView(AccountService accountService, CurrentUser currentUser, NotificationsSection notifications,
            EmailAddressChange emailAddressChange) {
        this.accountService = accountService;
        this.currentUser = currentUser;
        addClassName("narrow-page");
        var me = accountService.myAccount();

        var shownEmail = new Paragraph("Email: " + me.email());
        var details = new Section(new H2("Your details"),
                new Paragraph("Name: " + me.displayName()),
                shownEmail);
        emailAddress = new EmailAddressPart(emailAddressChange, me.email(),
                email -> shownEmail.setText("Email: " + email));
        this.notifications = notifications.withAddressPart(emailAddress);

        add(new H1("Your account"), details, this.notifications, createCalendarSection(), createPasswordSection(),
                createDeleteSection());
    }

    /** A plain link: the calendar page belongs to a feature that builds on accounts, not the other way round. */
    private static Section createCalendarSection() {
        return new Section(new H2("Your calendar"),
                new Paragraph("See your shifts and the tasks you've taken on in Google Calendar, Apple Calendar "
                        + "or Outlook."),
                new Anchor(CALENDAR_PAGE, "Add them to your calendar"));
    }

    private Section createPasswordSection() {
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("12 to 128 characters. A short sentence you will remember works well.");
        passwordBinder.bind(currentPassword, "currentPassword");
        passwordBinder.bind(newPassword, "newPassword");
        changePassword.addThemeVariants(ButtonVariant.PRIMARY);
        changePassword.addClickListener(click -> submitPasswordChange());
        var form = new FormLayout(currentPassword, newPassword, changePassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new Section(new H2("Change password"), form);
    }

    void submitPasswordChange() {
        PasswordChange change;
        try {
            change = passwordBinder.writeRecord();
        } catch (ValidationException invalid) {
            FormMessages.focusFirstInvalid(currentPassword, newPassword);
            return;
        }
        try {
            accountService.changeMyPassword(change);
        } catch (AccountProblem problem) {
            FormMessages.show(problem.field() == AccountProblem.Field.CURRENT_PASSWORD ? currentPassword : newPassword,
                    problem.getMessage());
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        passwordBinder.refreshFields();
        Toast.show("Your password is changed.");
    }

    private Section createDeleteSection() {
        deleteAccount.addThemeVariants(ButtonVariant.ERROR);
        deleteAccount.addClickListener(click -> deleteDialog.open());

        deleteDialog.setHeaderTitle("Delete your account?");
        deletePassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        confirmDelete.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirmDelete.addClickListener(click -> confirmDeletion());
        var cancel = new Button("Keep my account", click -> deleteDialog.close());
        deleteDialog.add(new Paragraph("This removes your account and cannot be undone. "
                + "Type your password to confirm."), deletePassword);
        deleteDialog.getFooter().add(cancel, confirmDelete);

        return new Section(new H2("Delete account"),
                new Paragraph("You can leave Village at any time. Your account and sign-in are removed for good."),
                deleteAccount);
    }

    void confirmDeletion() {
        try {
            accountService.deleteMyAccount(deletePassword.getValue());
        } catch (AccountProblem problem) {
            FormMessages.show(deletePassword, problem.getMessage());
            return;
        }
        deleteDialog.close();
        currentUser.logout();
    }
}
