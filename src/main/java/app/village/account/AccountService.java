package app.village.account;

import app.village.base.RequestMemo;
import app.village.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opening, changing and deleting accounts. Everything after registration acts on the signed-in
 * person's own account only: no method takes another account's id.
 */
@Service
@Validated
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger("app.village.security.audit");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RequestMemo memo;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, RequestMemo memo) {
        this.memo = memo;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Opens an account. Refuses an email that already has one, whatever its letter case. */
    @Transactional
    public UUID register(@Valid Registration registration) {
        var email = Account.normalizeEmail(registration.email());
        if (email.length() > Account.EMAIL_MAX) {
            // Lower-casing can lengthen some letters; check again after normalizing.
            throw new AccountProblem(AccountProblem.Field.EMAIL, "An email address has at most 254 characters.");
        }
        if (accounts.existsByEmail(email)) {
            throw emailTaken();
        }
        var account = new Account(email, registration.displayName(),
                passwordEncoder.encode(registration.password()), clock.instant());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raceWithSameEmail) {
            if (accounts.existsByEmail(email)) {
                throw emailTaken();
            }
            throw raceWithSameEmail;
        }
        log.info("Account {} registered", account.getId());
        return account.getId();
    }

    private static AccountProblem emailTaken() {
        return new AccountProblem(AccountProblem.Field.EMAIL,
                "This email already has a Village account. Log in instead.");
    }

    /** Whether the database holds any account yet; the demo data is loaded only into an empty one. */
    @Transactional(readOnly = true)
    public boolean hasAnyAccount() {
        return accounts.count() > 0;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AccountDetails myAccount() {
        return AccountDetails.of(requireMyAccount());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(@Valid PasswordChange change) {
        var account = requireMyAccount();
        if (!passwordEncoder.matches(change.currentPassword(), account.getPasswordHash())) {
            log.warn("Password change refused for account {}: wrong current password", account.getId());
            throw new AccountProblem(AccountProblem.Field.CURRENT_PASSWORD, "That is not your current password.");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw new AccountProblem(AccountProblem.Field.NEW_PASSWORD,
                    "Your new password must be different from the current one.");
        }
        account.changePasswordHash(passwordEncoder.encode(change.newPassword()), clock.instant());
        // Whoever else was signed in with the old password is signed out.
        currentUser.endOtherSessions();
        log.info("Password changed for account {}", account.getId());
    }

    /** Deletes the signed-in person's account after she confirmed with her password. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteMyAccount(String password) {
        memo.forget();
        var account = requireMyAccount();
        if (password.length() > PasswordRules.MAX_LENGTH
                || !passwordEncoder.matches(password, account.getPasswordHash())) {
            log.warn("Account deletion refused for account {}: wrong password", account.getId());
            throw new AccountProblem(AccountProblem.Field.PASSWORD, "That is not your password.");
        }
        try {
            events.publishEvent(new AccountDeletionRequested(account.getId()));
        } catch (AccountDeletionRefused refused) {
            throw new AccountProblem(AccountProblem.Field.PASSWORD, refused.getMessage());
        }
        accounts.delete(account);
        events.publishEvent(new AccountDeleted(account.getId()));
        currentUser.endAllSessions();
        log.info("Account {} deleted by its owner", account.getId());
    }

    /** Names and emails of the given accounts, for features that show people; they decide who sees emails. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<UUID, AccountName> namesOf(java.util.Collection<UUID> ids) {
        // The sections of one page ask for the same people (the circle, the helpers on tonight, the handoff's author).
        var names = new java.util.HashMap<UUID, AccountName>();
        var unknown = new java.util.HashSet<UUID>();
        for (var id : ids) {
            AccountName known = memo.recall(new NameInThisRequest(id));
            if (known != null) {
                names.put(id, known);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            accounts.findAllById(unknown).forEach(account -> {
                var name = new AccountName(account.getId(), account.getDisplayName(), account.getEmail());
                memo.note(new NameInThisRequest(account.getId()), name);
                names.put(account.getId(), name);
            });
        }
        return names;
    }

    /** The account registered with this email, whatever its letter case. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<UUID> findIdByEmail(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email)).map(Account::getId);
    }

    private Account requireMyAccount() {
        var id = currentUser.requireAccountId();
        return accounts.findById(id).orElseThrow(() -> new AccountGoneException(id));
    }

    private record NameInThisRequest(UUID accountId) {
    }

    /** The signed-in account no longer exists (deleted in another tab). */
    public static class AccountGoneException extends RuntimeException {
        AccountGoneException(UUID id) {
            super("Account " + id + " no longer exists");
        }
    }
}
