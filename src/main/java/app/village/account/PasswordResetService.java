package app.village.account;

import app.village.base.SecretTokens;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.security.CurrentUser;
import app.village.security.VillageUser;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * "Forgot your password?": a link by mail that lets her choose a new one. The same answer, in the same time,
 * whether or not the address has an account. A link works once, for 30 minutes, and only the newest one.
 * Choosing a new password ends all her sessions, clears her login back-off and signs her in on this browser.
 * <p>Decision: docs/decisions/password-reset-by-mail.md.
 */
@Service
@Validated
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger("app.village.security.audit");

    /** What the page says after every well-formed request, whatever happened behind it. */
    public static final String REQUEST_ANSWER = "If there is an account for that address, we've sent a link to "
            + "choose a new password. It works for 30 minutes.";

    static final int REQUESTS_PER_ACCOUNT_PER_HOUR = 3;
    /** Per typed address, with or without an account behind it. */
    static final int REQUESTS_PER_ADDRESS_PER_HOUR = 3;
    /** Longer than the slower path (an insert and an outbox row) takes, so both paths answer after this long. */
    static final Duration MINIMUM_ANSWER_TIME = Duration.ofMillis(400);
    private static final String ABOUT = "password-reset:";

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final MailOutbox mailOutbox;
    private final CurrentUser currentUser;
    private final ClientAttemptLimiter clientLimiter;
    private final PerAddressLimit addressLimiter;
    private final ResetLinkAttemptLimiter linkLimiter;
    private final DeviceLockouts deviceLockouts;
    private final DeviceCookies deviceCookies;
    private final Clock clock;
    private final TransactionTemplate transactions;

    PasswordResetService(AccountRepository accounts, PasswordResetRepository resets, PasswordEncoder passwordEncoder,
            MailOutbox mailOutbox, CurrentUser currentUser, ClientAttemptLimiter clientLimiter,
            ResetLinkAttemptLimiter linkLimiter, DeviceLockouts deviceLockouts, DeviceCookies deviceCookies,
            Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.mailOutbox = mailOutbox;
        this.currentUser = currentUser;
        this.clientLimiter = clientLimiter;
        this.addressLimiter = new PerAddressLimit(REQUESTS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1), clock);
        this.linkLimiter = linkLimiter;
        this.deviceLockouts = deviceLockouts;
        this.deviceCookies = deviceCookies;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Records a reset and its mail when the address has an account and no limit is reached (per client address,
     * per typed address, per account); otherwise nothing. Either way the caller shows {@link #REQUEST_ANSWER},
     * and the call takes at least {@link #MINIMUM_ANSWER_TIME}.
     */
    public void requestReset(@Valid ResetRequest request) {
        // System.nanoTime, not the app's Clock: this is elapsed time on this machine, which is what a stranger
        // measures, and tests move the Clock without time passing.
        long started = System.nanoTime();
        try {
            var email = Account.normalizeEmail(request.email());
            boolean withinLimits = withinClientLimit() && addressLimiter.tryOne(email);
            transactions.executeWithoutResult(status -> recordReset(email, withinLimits));
        } finally {
            waitUntil(started + MINIMUM_ANSWER_TIME.toNanos());
        }
    }

    private void recordReset(String email, boolean withinLimits) {
        var now = clock.instant();
        // The same look-ups on both paths; the row lock makes parallel requests for one account count in turn.
        var account = accounts.findForLogin(email);
        var accountId = account.map(Account::getId).orElseGet(UUID::randomUUID);
        long recent = resets.countByAccountIdAndRequestedAtAfter(accountId, now.minus(Duration.ofHours(1)));
        if (account.isEmpty()) {
            log.info("Password reset asked for an address without an account");
            return;
        }
        if (!withinLimits || recent >= REQUESTS_PER_ACCOUNT_PER_HOUR) {
            log.warn("Password reset for account {} refused: too many requests", accountId);
            return;
        }
        var reset = resets.save(new PasswordReset(accountId, now));
        resets.supersedeOthers(accountId, reset.getId(), now);
        // An older mail still waiting would only carry a dead link.
        mailOutbox.withdraw(ABOUT + accountId);
        mailOutbox.record(Letter.of(MailKind.YOUR_REQUEST, "password-reset", account.get().getEmail(), accountId)
                .with("name", account.get().getDisplayName())
                .withSecret(PasswordResetLinks.PURPOSE, reset.getId())
                .about(ABOUT + accountId));
        log.info("Password reset {} requested for account {}", reset.getId(), accountId);
    }

    /**
     * Every open link of hers stops working and a reset mail still waiting is withdrawn: her account moved to
     * another address, and links sent to the old one must not set its password. In the caller's transaction.
     */
    void supersedeAllOf(UUID accountId) {
        resets.supersedeAll(accountId, clock.instant());
        mailOutbox.withdraw(ABOUT + accountId);
    }

    /** Refuses a link that can't set a password, so the page can say so before she types anything. */
    public void requireUsableLink(String token) {
        transactions.executeWithoutResult(status -> usable(token, false));
    }

    /**
     * Sets the new password through a usable link: the link is used up and every other one of hers stops working,
     * all her sessions end, her login back-off is cleared, and this browser is signed in as her.
     */
    public void setNewPassword(String token, @Valid ChosenPassword chosen) {
        if (!chosen.newPassword().equals(chosen.repeatedPassword())) {
            throw new AccountProblem(AccountProblem.Field.REPEATED_PASSWORD,
                    "The two passwords are not the same. Please type the new one again.");
        }
        var signedIn = transactions.execute(status -> {
            var reset = usable(token, true);
            var now = clock.instant();
            var account = accounts.findByIdForUpdate(reset.getAccountId()).orElseThrow(ResetLinkProblem::unusable);
            if (PasswordRules.mentionsPerson(chosen.newPassword(), account.getEmail(), account.getDisplayName())) {
                throw new AccountProblem(AccountProblem.Field.NEW_PASSWORD, PasswordRules.PERSONAL_MESSAGE);
            }
            account.changePasswordHash(passwordEncoder.encode(chosen.newPassword()), now);
            // She proved she reads her mail: the wait that wrong guesses (hers or a stranger's) caused is over.
            account.recordSuccessfulLogin();
            reset.markUsed(now);
            resets.supersedeOthers(account.getId(), reset.getId(), now);
            mailOutbox.withdraw(ABOUT + account.getId());
            return AccountAuthenticationProvider.signedIn(account);
        });
        var accountId = accountIdOf(Objects.requireNonNull(signedIn));
        deviceLockouts.forgetAccount(accountId);
        // Whoever was signed in with the old password, in any browser, is signed out.
        currentUser.endSessionsOf(accountId);
        log.info("Password set through a reset link for account {}", accountId);
        if (VaadinServletRequest.getCurrent() != null) {
            deviceCookies.issue(accountId);
            currentUser.signIn(signedIn);
        }
    }

    private PasswordReset usable(String token, boolean forUpdate) {
        var client = ClientRequests.clientAddress().map(ClientAttemptLimiter::clientKey);
        // While a client is held, even a good link is refused: otherwise guessing could go on regardless.
        if (client.isPresent() && !linkLimiter.mayTry(client.get())) {
            log.warn("Reset link refused: too many failed links from one client address");
            throw new ResetLinkProblem(ResetLinkProblem.TOO_MANY_TRIES);
        }
        Optional<PasswordReset> found = Optional.empty();
        if (SecretTokens.looksValid(token)) {
            var hash = SecretTokens.hash(token);
            found = forUpdate ? resets.findByTokenHashForUpdate(hash) : resets.findByTokenHash(hash);
        }
        var now = clock.instant();
        var usable = found.filter(reset -> reset.isUsableAt(now));
        if (usable.isEmpty()) {
            client.ifPresent(linkLimiter::recordFailure);
            log.info("Reset link refused: {}", found.isEmpty() ? "unknown" : "used, superseded or expired");
            throw ResetLinkProblem.unusable();
        }
        return usable.get();
    }

    private boolean withinClientLimit() {
        var client = ClientRequests.clientAddress();
        return client.isEmpty() || clientLimiter.tryAttempt(client.get());
    }

    private static UUID accountIdOf(Authentication signedIn) {
        return ((VillageUser) signedIn.getPrincipal()).accountId();
    }

    private static void waitUntil(long nanoTime) {
        long remaining = nanoTime - System.nanoTime();
        if (remaining <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(remaining);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
