package app.village.account;

import app.village.account.AccountProblem.Field;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.security.CurrentUser;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Changing the address her account and her mail go to, only with her current password. A wrong password counts
 * like a failed login (the same back-off), and the old address is told, so a change she didn't make doesn't go
 * unnoticed. An address that has another account is refused without saying so.
 */
@Service
@Validated
public class EmailAddressChange {

    private static final Logger log = LoggerFactory.getLogger("app.village.security.audit");

    /** The same words whether the address has an account or can't be used for another reason. */
    public static final String ADDRESS_REFUSED = "That address can't be used for your account.";
    static final String TEMPLATE = "email-changed";

    private final AccountRepository accounts;
    private final AccountAuthenticationProvider authentication;
    private final CurrentUser currentUser;
    private final MailOutbox mailOutbox;

    EmailAddressChange(AccountRepository accounts, AccountAuthenticationProvider authentication,
            CurrentUser currentUser, MailOutbox mailOutbox) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.currentUser = currentUser;
        this.mailOutbox = mailOutbox;
    }

    /** Moves the signed-in person's account to the new address, and writes to the old one that it happened. */
    @Transactional(noRollbackFor = AccountProblem.class)
    @PreAuthorize("isAuthenticated()")
    public void changeMine(@Valid NewEmailAddress change) {
        var id = currentUser.requireAccountId();
        var account = accounts.findById(id).orElseThrow(() -> new AccountService.AccountGoneException(id));
        var oldEmail = account.getEmail();
        try {
            // The login's own check: a wrong password here is counted and backed off like one at the login.
            authentication.checkPassword(oldEmail, change.currentPassword());
        } catch (LockedException backingOff) {
            throw new AccountProblem(Field.CURRENT_PASSWORD,
                    "There were several wrong passwords just now. Please wait a few minutes and try again.");
        } catch (AuthenticationException wrong) {
            log.warn("Email change refused for account {}: wrong current password", id);
            throw new AccountProblem(Field.CURRENT_PASSWORD, "That is not your current password.");
        }
        var newEmail = Account.normalizeEmail(change.email());
        if (newEmail.equals(oldEmail)) {
            throw new AccountProblem(Field.EMAIL, "That is already the address of your account.");
        }
        if (newEmail.length() > Account.EMAIL_MAX || accounts.existsByEmail(newEmail)) {
            log.warn("Email change refused for account {}: address not available", id);
            throw new AccountProblem(Field.EMAIL, ADDRESS_REFUSED);
        }
        account.changeEmail(newEmail);
        accounts.flush();
        mailOutbox.record(Letter.of(MailKind.ACCOUNT_NOTICE, TEMPLATE, oldEmail, id)
                .with("name", account.getDisplayName()));
        log.info("Email address changed for account {}", id);
    }
}
