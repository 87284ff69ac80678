package app.village.account;

import app.village.base.RequestMemo;
import app.village.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final AccountAuthenticationProvider authentication;
    private final DeviceCookies deviceCookies;
    private final TransactionTemplate transactions;
    private final RequestMemo memo;
    private final List<AccountDeletionCheck> deletionChecks;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, AccountAuthenticationProvider authentication,
            DeviceCookies deviceCookies, PlatformTransactionManager transactions, RequestMemo memo,
            @Lazy List<AccountDeletionCheck> deletionChecks) {
        this.memo = memo;
        // Lazy: the features that check (family) use this service themselves.
        this.deletionChecks = deletionChecks;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.authentication = authentication;
        this.deviceCookies = deviceCookies;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Opens an account without signing anyone in, for the demo data and tests. Refuses an email that already has
     * one, whatever its letter case. The registration page uses {@link SignUpService} instead.
     */
    @Transactional
    public UUID register(@Valid Registration registration) {
        var email = checkedEmail(registration);
        if (accounts.existsByEmail(email)) {
            throw new AccountProblem(AccountProblem.Field.EMAIL, "This email already has a Village account.");
        }
        var account = create(registration, email);
        return account.getId();
    }

    /**
     * The registration page when mail is off ({@link SignUpService} with mail on confirms the address by a code
     * first): opens an account and signs her in, so she need not type it all again on the login
     * page. An address that already has an account gets no new one and no word that it exists: with that
     * account's password she is signed in to it, as the login would; with any other the answer is
     * {@link #SIGN_UP_REFUSED}, and the wrong password counts against the account as a failed login would.
     * Both paths make one Argon2 hash and check one, so neither answers faster. Attempts count against the
     * client's address like logins. See docs/decisions/registration-without-telling-who-has-an-account.md.
     */
    public void signUp(@Valid Registration registration) {
        if (!authentication.withinAddressLimit(registration.email())) {
            log.warn("Registration refused: too many attempts from one client address");
            throw new AccountProblem(AccountProblem.Field.EMAIL, TOO_MANY_ATTEMPTS);
        }
        var email = checkedEmail(registration);
        Authentication signedIn;
        try {
            signedIn = transactions.execute(status -> openOrSignIn(registration, email));
        } catch (DataIntegrityViolationException sameEmailAtTheSameMoment) {
            signedIn = null;
        }
        if (signedIn == null) {
            throw new AccountProblem(AccountProblem.Field.EMAIL, SIGN_UP_REFUSED);
        }
        currentUser.signIn(signedIn);
    }

    /** What the registration page says when it neither opened an account nor could sign her in. */
    public static final String SIGN_UP_REFUSED = "We couldn't open an account with these details. "
            + "If you already have a Village account, log in with its password instead.";

    /** The same calm words as the login page's, for a client address that tried too often. */
    public static final String TOO_MANY_ATTEMPTS = "There have been many tries from your network just now. "
            + "Please wait a few minutes before the next one.";

    /** Null when the address has an account and the password isn't its own (or the account is backing off). */
    private @Nullable Authentication openOrSignIn(Registration registration, String email) {
        if (accounts.existsByEmail(email)) {
            // The hash a new account would have cost; the check below costs what the new path's check does.
            passwordEncoder.encode(registration.password());
            try {
                return authentication.checkPassword(email, registration.password());
            } catch (AuthenticationException refused) {
                return null;
            }
        }
        authentication.burnOneCheck(registration.password());
        var account = create(registration, email);
        deviceCookies.issue(account.getId());
        return AccountAuthenticationProvider.signedIn(account);
    }

    /** The normalized address, after the checks the form can't make; refuses with a message next to its field. */
    String checkedEmail(Registration registration) {
        var email = Account.normalizeEmail(registration.email());
        if (email.length() > Account.EMAIL_MAX) {
            // Lower-casing can lengthen some letters; check again after normalizing.
            throw new AccountProblem(AccountProblem.Field.EMAIL, "An email address has at most 254 characters.");
        }
        if (PasswordRules.mentionsPerson(registration.password(), email, registration.displayName())) {
            throw new AccountProblem(AccountProblem.Field.PASSWORD, PasswordRules.PERSONAL_MESSAGE);
        }
        return email;
    }

    private Account create(Registration registration, String email) {
        var account = new Account(email, registration.displayName(),
                passwordEncoder.encode(registration.password()), clock.instant());
        accounts.saveAndFlush(account);
        log.info("Account {} registered", account.getId());
        return account;
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
        if (PasswordRules.mentionsPerson(change.newPassword(), account.getEmail(), account.getDisplayName())) {
            throw new AccountProblem(AccountProblem.Field.NEW_PASSWORD, PasswordRules.PERSONAL_MESSAGE);
        }
        account.changePasswordHash(passwordEncoder.encode(change.newPassword()), clock.instant());
        // Whoever else was signed in with the old password is signed out.
        currentUser.endOtherSessions();
        log.info("Password changed for account {}", account.getId());
    }

    /**
     * Deletes the signed-in person's account after she confirmed with her password, unless an
     * {@link AccountDeletionCheck} refuses. Her row is locked first, the lock her own bookings take, so the features'
     * {@link AccountDeletionCheck#beforeDeletion} work waits for one under way and always locks in the same order.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteMyAccount(String password) {
        memo.forget();
        var id = currentUser.requireAccountId();
        var account = accounts.findByIdForUpdate(id).orElseThrow(() -> new AccountGoneException(id));
        if (password.length() > PasswordRules.MAX_LENGTH
                || !passwordEncoder.matches(password, account.getPasswordHash())) {
            log.warn("Account deletion refused for account {}: wrong password", account.getId());
            throw new AccountProblem(AccountProblem.Field.PASSWORD, "That is not your password.");
        }
        for (var check : deletionChecks) {
            var refusal = check.refusal(account.getId());
            if (refusal.isPresent()) {
                throw new AccountProblem(AccountProblem.Field.PASSWORD, refusal.get());
            }
        }
        deletionChecks.forEach(check -> check.beforeDeletion(account.getId()));
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
