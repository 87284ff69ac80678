package app.village.account;

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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The registration page. With mail on, the address is confirmed with a 6-digit code before an account opens, and
 * every address that isn't signed in gets the same next step, so the page never tells a stranger which addresses
 * have an account: a new address is mailed its code; an address with an account, typed with another password,
 * opens nothing and its owner is told by mail (at most once an hour); with that account's own password she is
 * signed in, as the login would. Without mail there is no way to confirm an address, and
 * {@link AccountService#signUp} answers as before. Decision: docs/decisions/sign-up-confirms-the-address.md.
 */
@Service
@Validated
public class SignUpService {

    private static final Logger log = LoggerFactory.getLogger("app.village.security.audit");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    /** The words for a code that isn't the one sent, and for any code of a sign-up that can't be finished. */
    public static final String WRONG_CODE = "That isn't the code we sent. Please check the mail and try again.";
    public static final String NOT_A_CODE = "Please enter the 6 digits from the mail.";
    public static final String CODE_ENDED = "This sign-up has ended: its code is more than 30 minutes old, or "
            + "a wrong code was entered 5 times. Please start again.";
    /** Only someone who read the code's mail can get here: the code proves the address is hers. */
    public static final String ADDRESS_TAKEN_MEANWHILE = "There is already a Village account for this address. "
            + "Please log in, or choose a new password if you have forgotten it.";

    private final AccountService accountService;
    private final AccountRepository accounts;
    private final PendingCodeRepository pending;
    private final PasswordEncoder passwordEncoder;
    private final AccountAuthenticationProvider authentication;
    private final DeviceCookies deviceCookies;
    private final CurrentUser currentUser;
    private final MailOutbox outbox;
    private final MailStatus mailStatus;
    private final AddressOwnerNotices notices;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SignUpService(AccountService accountService, AccountRepository accounts, PendingCodeRepository pending,
            PasswordEncoder passwordEncoder, AccountAuthenticationProvider authentication, DeviceCookies deviceCookies,
            CurrentUser currentUser, MailOutbox outbox, MailStatus mailStatus, AddressOwnerNotices notices,
            Clock clock, PlatformTransactionManager transactions) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.pending = pending;
        this.passwordEncoder = passwordEncoder;
        this.authentication = authentication;
        this.deviceCookies = deviceCookies;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.mailStatus = mailStatus;
        this.notices = notices;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * "Create account". Every path makes one Argon2 hash and checks one, as {@link AccountService#signUp} does, so
     * none answers faster; attempts count against the client's address like logins.
     */
    public SignUpStep start(@Valid Registration registration) {
        if (!mailStatus.isOn()) {
            accountService.signUp(registration);
            return new SignUpStep.SignedIn();
        }
        if (!authentication.withinAddressLimit(registration.email())) {
            log.warn("Registration refused: too many attempts from one client address");
            throw new AccountProblem(AccountProblem.Field.EMAIL, AccountService.TOO_MANY_ATTEMPTS);
        }
        var email = accountService.checkedEmail(registration);
        var passwordHash = passwordEncoder.encode(registration.password());
        var outcome = Objects.requireNonNull(transactions.<Object>execute(status -> {
            var now = clock.instant();
            pending.deleteOver(now);
            if (accounts.existsByEmail(email)) {
                try {
                    return authentication.checkPassword(email, registration.password());
                } catch (AuthenticationException notHerPassword) {
                    // Counted as a failed login of that account by the check, as the login page would.
                    var signUp = pending.save(new PendingSignUp(email, registration.displayName(), passwordHash, now));
                    notices.tell(accounts.findByEmail(email).orElseThrow(), AddressOwnerNotices.Attempt.SIGN_UP);
                    return new SignUpStep.CodeSent(signUp.getId());
                }
            }
            authentication.burnOneCheck(registration.password());
            var signUp = pending.save(new PendingSignUp(email, registration.displayName(), passwordHash, now));
            outbox.record(codeLetter(signUp));
            log.info("Sign-up {} started: a code is on its way", signUp.getId());
            return new SignUpStep.CodeSent(signUp.getId());
        }));
        if (outcome instanceof Authentication signedIn) {
            currentUser.signIn(signedIn);
            return new SignUpStep.SignedIn();
        }
        return (SignUpStep) outcome;
    }

    /**
     * The code from the mail: the right one opens the account and signs her in. A wrong one is refused with
     * {@link #WRONG_CODE}, the fifth ends the sign-up, and so do 30 minutes ({@link #CODE_ENDED}).
     */
    public void confirm(UUID signUpId, String typedCode) {
        var code = typedCode.replaceAll("[\\s-]", "");
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw new CodeRefused(NOT_A_CODE, false);
        }
        Confirmation confirmation;
        try {
            confirmation = Objects.requireNonNull(transactions.execute(status -> check(signUpId, code)));
        } catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
            confirmation = Confirmation.refused(new CodeRefused(ADDRESS_TAKEN_MEANWHILE, true));
        }
        if (confirmation.refusal() != null) {
            throw confirmation.refusal();
        }
        currentUser.signIn(Objects.requireNonNull(confirmation.signedIn()));
    }

    // Refusals are returned, not thrown, so the count of wrong codes and an ended sign-up are committed.
    private Confirmation check(UUID signUpId, String code) {
        var now = clock.instant();
        var signUp = pending.findSignUpForUpdate(signUpId).orElse(null);
        if (signUp == null) {
            return Confirmation.refused(new CodeRefused(CODE_ENDED, true));
        }
        var checked = signUp.check(code, now);
        if (checked == PendingCode.Check.ENDED) {
            pending.delete(signUp);
            log.warn("Sign-up {} ended: over, or too many wrong codes", signUpId);
            return Confirmation.refused(new CodeRefused(CODE_ENDED, true));
        }
        if (checked == PendingCode.Check.WRONG) {
            log.warn("Sign-up {}: wrong code", signUpId);
            return Confirmation.refused(new CodeRefused(WRONG_CODE, false));
        }
        pending.delete(signUp);
        if (accounts.existsByEmail(signUp.getEmail())) {
            return Confirmation.refused(new CodeRefused(ADDRESS_TAKEN_MEANWHILE, true));
        }
        var account = new Account(signUp.getEmail(), signUp.getDisplayName(), signUp.getPasswordHash(), now);
        accounts.saveAndFlush(account);
        deviceCookies.issue(account.getId());
        log.info("Account {} registered (sign-up {} confirmed by its code)", account.getId(), signUpId);
        return new Confirmation(AccountAuthenticationProvider.signedIn(account), null);
    }

    /**
     * "Send a new code": a new code replaces the one before, and she has 30 minutes again; the wrong codes
     * counted so far stay counted. For an address that has an account, its owner is told again, at most once an
     * hour, and the sign-up gets its 30 minutes again too: every later answer is the same as for a new address.
     */
    public void sendNewCode(UUID signUpId) {
        var refusal = transactions.execute(status -> {
            var now = clock.instant();
            var signUp = pending.findSignUpForUpdate(signUpId).orElse(null);
            if (signUp == null || signUp.isOverAt(now)) {
                if (signUp != null) {
                    pending.delete(signUp);
                }
                return new CodeRefused(CODE_ENDED, true);
            }
            if (!authentication.withinAddressLimit(signUp.getEmail())) {
                log.warn("New sign-up code refused: too many attempts from one client address");
                return new CodeRefused(AccountService.TOO_MANY_ATTEMPTS, false);
            }
            signUp.renewedAt(now);
            var owner = accounts.findByEmail(signUp.getEmail());
            if (owner.isPresent()) {
                notices.tell(owner.get(), AddressOwnerNotices.Attempt.SIGN_UP);
            } else {
                outbox.withdraw(aboutThe(signUp));
                outbox.record(codeLetter(signUp));
                log.info("Sign-up {}: a new code is on its way", signUpId);
            }
            return null;
        });
        if (refusal != null) {
            throw refusal;
        }
    }

    private static Letter codeLetter(PendingSignUp signUp) {
        // The name typed on the page stays out: a stranger could otherwise put his words in someone's mailbox.
        return Letter.of(MailKind.YOUR_REQUEST, "sign-up-code", signUp.getEmail(), null)
                .withSecret(SignUpCodes.PURPOSE, signUp.getId())
                .about(aboutThe(signUp));
    }

    private static String aboutThe(PendingSignUp signUp) {
        return "sign-up:" + signUp.getId();
    }

    private record Confirmation(@Nullable Authentication signedIn, @Nullable CodeRefused refusal) {
        static Confirmation refused(CodeRefused refusal) {
            return new Confirmation(null, refusal);
        }
    }
}
