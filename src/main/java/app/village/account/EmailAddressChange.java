package app.village.account;

import app.village.account.AccountProblem.Field;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.notification.MailStatus;
import app.village.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Moving her account to another address: her current password, then the 6-digit code mailed to the new address
 * (a {@link PendingEmailChange}, made and checked like a sign-up's code). Every address gets the same next step, so
 * the page never tells a signed-in person which addresses have an account: for one that has, no code is sent and
 * none works, and its owner is told at most once an hour ({@link AddressOwnerNotices}). The right code moves the
 * account, stops every reset link of hers, and tells the old address. A wrong password counts like a failed login.
 * <p>Decision: docs/decisions/email-address-change.md.
 */
@Service
@Validated
public class EmailAddressChange {

    private static final Logger log = LoggerFactory.getLogger("app.village.security.audit");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public static final String MAIL_IS_OFF = "Village can't send email yet, so it can't check a new address. "
            + "Your address stays as it is for now.";
    public static final String CODE_ENDED = "This code has ended: it is more than 30 minutes old, or a wrong code "
            + "was entered 5 times. Your address is as it was; please start the change again.";
    /** Only someone who read the code's mail can get here: the code proves the address is hers. */
    public static final String ADDRESS_TAKEN_MEANWHILE = "There is now a Village account for that address, so "
            + "yours can't move to it. Your address is as it was.";
    static final String CHANGED_TEMPLATE = "email-changed";
    static final String CODE_TEMPLATE = "email-change-code";

    /** The code went to {@code address} (normalized); {@code change} names it for the next calls, on the server. */
    public record CodeSent(UUID change, String address) {
    }

    private final AccountRepository accounts;
    private final PendingCodeRepository pending;
    private final AccountAuthenticationProvider authentication;
    private final PasswordResetService passwordResets;
    private final AddressOwnerNotices notices;
    private final CurrentUser currentUser;
    private final MailOutbox outbox;
    private final MailStatus mailStatus;
    private final Clock clock;
    private final TransactionTemplate transactions;

    EmailAddressChange(AccountRepository accounts, PendingCodeRepository pending,
            AccountAuthenticationProvider authentication, PasswordResetService passwordResets,
            AddressOwnerNotices notices, CurrentUser currentUser, MailOutbox outbox, MailStatus mailStatus,
            Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.pending = pending;
        this.authentication = authentication;
        this.passwordResets = passwordResets;
        this.notices = notices;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.mailStatus = mailStatus;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Checks her password and mails a code to the new address (or, for an address that has an account, tells its
     * owner instead); the same {@link CodeSent} either way. An earlier change she didn't finish ends.
     */
    @Transactional(noRollbackFor = AccountProblem.class)
    @PreAuthorize("isAuthenticated()")
    public CodeSent requestMine(@Valid NewEmailAddress change) {
        if (!mailStatus.isOn()) {
            throw new AccountProblem(Field.EMAIL, MAIL_IS_OFF);
        }
        var id = currentUser.requireAccountId();
        var account = accounts.findById(id).orElseThrow(() -> new AccountService.AccountGoneException(id));
        try {
            // The login's own check: a wrong password here is counted and backed off like one at the login.
            authentication.checkPassword(account.getEmail(), change.currentPassword());
        } catch (LockedException backingOff) {
            throw new AccountProblem(Field.CURRENT_PASSWORD,
                    "There were several wrong passwords just now. Please wait a few minutes and try again.");
        } catch (AuthenticationException wrong) {
            log.warn("Email change refused for account {}: wrong current password", id);
            throw new AccountProblem(Field.CURRENT_PASSWORD, "That is not your current password.");
        }
        var newEmail = Account.normalizeEmail(change.email());
        if (newEmail.equals(account.getEmail())) {
            throw new AccountProblem(Field.EMAIL, "That is already the address of your account.");
        }
        var now = clock.instant();
        pending.deleteOver(now);
        for (var earlier : pending.findEmailChangesOf(id)) {
            outbox.withdraw(aboutThe(earlier));
            pending.delete(earlier);
        }
        var waiting = pending.save(new PendingEmailChange(id, newEmail, now));
        codeOrNotice(waiting);
        log.info("Email change {} for account {} started: waiting for its code", waiting.getId(), id);
        return new CodeSent(waiting.getId(), newEmail);
    }

    /**
     * The code from the mail: the right one moves her account to the new address and returns it. A wrong one is
     * refused with {@link SignUpService#WRONG_CODE}, the fifth ends the change, and so do 30 minutes.
     */
    @PreAuthorize("isAuthenticated()")
    public String confirmMine(UUID changeId, String typedCode) {
        var code = typedCode.replaceAll("[\\s-]", "");
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw new CodeRefused(SignUpService.NOT_A_CODE, false);
        }
        var id = currentUser.requireAccountId();
        Moved moved;
        try {
            moved = Objects.requireNonNull(transactions.execute(status -> move(id, changeId, code)));
        } catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
            moved = new Moved(null, new CodeRefused(ADDRESS_TAKEN_MEANWHILE, true));
        }
        if (moved.refusal() != null) {
            throw moved.refusal();
        }
        return Objects.requireNonNull(moved.address());
    }

    // Refusals are returned, not thrown, so the count of wrong codes and an ended change are committed.
    private Moved move(UUID accountId, UUID changeId, String code) {
        var now = clock.instant();
        var change = pending.findEmailChangeForUpdate(changeId)
                .filter(found -> found.getAccountId().equals(accountId)).orElse(null);
        if (change == null) {
            return new Moved(null, new CodeRefused(CODE_ENDED, true));
        }
        var checked = change.check(code, now);
        if (checked == PendingCode.Check.ENDED) {
            pending.delete(change);
            log.warn("Email change {} ended: over, or too many wrong codes", changeId);
            return new Moved(null, new CodeRefused(CODE_ENDED, true));
        }
        if (checked == PendingCode.Check.WRONG) {
            log.warn("Email change {}: wrong code", changeId);
            return new Moved(null, new CodeRefused(SignUpService.WRONG_CODE, false));
        }
        pending.delete(change);
        var account = accounts.findByIdForUpdate(accountId).orElse(null);
        if (account == null || accounts.existsByEmail(change.getEmail())) {
            return new Moved(null, new CodeRefused(account == null ? CODE_ENDED : ADDRESS_TAKEN_MEANWHILE, true));
        }
        var oldEmail = account.getEmail();
        account.changeEmail(change.getEmail());
        accounts.flush();
        // Links mailed to the old address must not set the password of an account that no longer lives there.
        passwordResets.supersedeAllOf(accountId);
        outbox.record(Letter.of(MailKind.ACCOUNT_NOTICE, CHANGED_TEMPLATE, oldEmail, accountId)
                .with("name", account.getDisplayName()));
        log.info("Email address changed for account {} (change {} confirmed by its code)", accountId, changeId);
        return new Moved(account.getEmail(), null);
    }

    /**
     * "Send a new code": a new code replaces the one before, and she has 30 minutes again, for every address; the
     * wrong codes counted so far stay counted. Attempts count against the client's address, as sign-up's do.
     */
    @PreAuthorize("isAuthenticated()")
    public void sendNewCode(UUID changeId) {
        var id = currentUser.requireAccountId();
        var refusal = transactions.execute(status -> {
            var now = clock.instant();
            var change = pending.findEmailChangeForUpdate(changeId)
                    .filter(found -> found.getAccountId().equals(id)).orElse(null);
            if (change == null || change.isOverAt(now)) {
                if (change != null) {
                    pending.delete(change);
                }
                return new CodeRefused(CODE_ENDED, true);
            }
            if (!authentication.withinAddressLimit(change.getEmail())) {
                log.warn("New email change code refused: too many attempts from one client address");
                return new CodeRefused(AccountService.TOO_MANY_ATTEMPTS, false);
            }
            change.renewedAt(now);
            codeOrNotice(change);
            log.info("Email change {}: asked for a new code", changeId);
            return null;
        });
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The code to a new address; for an address that has an account, a notice to its owner and no code. */
    private void codeOrNotice(PendingEmailChange change) {
        var owner = accounts.findByEmail(change.getEmail());
        if (owner.isPresent()) {
            notices.tell(owner.get(), AddressOwnerNotices.Attempt.EMAIL_CHANGE);
            return;
        }
        outbox.withdraw(aboutThe(change));
        // Her name stays out: anyone can open an account and type a stranger's address here.
        outbox.record(Letter.of(MailKind.YOUR_REQUEST, CODE_TEMPLATE, change.getEmail(), null)
                .withSecret(SignUpCodes.PURPOSE, change.getId())
                .about(aboutThe(change)));
    }

    private static String aboutThe(PendingEmailChange change) {
        return "email-change:" + change.getId();
    }

    private record Moved(@Nullable String address, @Nullable CodeRefused refusal) {
    }
}
