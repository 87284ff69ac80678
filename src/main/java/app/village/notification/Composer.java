package app.village.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox row into the message to send, at sending time: asks the letter's {@link SecretMinter} for a fresh
 * secret (so none is ever stored) and renders the template. Empty when the letter is no longer true (its
 * {@link LetterCheck}) or the secret's subject can no longer be used, such as a revoked invitation: that message is
 * withdrawn, not sent.
 */
@Component
class Composer {

    private final MailRenderer renderer;
    private final HeldSummary heldSummary;
    private final Map<String, SecretMinter> minters;
    private final Map<String, LetterCheck> checks;
    private final Clock clock;

    Composer(MailRenderer renderer, HeldSummary heldSummary, List<SecretMinter> minters, List<LetterCheck> checks,
            Clock clock) {
        this.renderer = renderer;
        this.heldSummary = heldSummary;
        this.minters = minters.stream().collect(Collectors.toMap(SecretMinter::purpose, Function.identity()));
        this.checks = checks.stream().collect(Collectors.toMap(LetterCheck::purpose, Function.identity()));
        this.clock = clock;
    }

    /** Whether the letter is still true now, by its {@link LetterCheck}; one without a check always is. */
    private boolean stillTrue(Letter letter) {
        var checkRef = letter.check();
        if (checkRef == null) {
            return true;
        }
        var check = checks.get(checkRef.purpose());
        if (check == null) {
            throw new IllegalStateException("No LetterCheck for " + checkRef.purpose());
        }
        return check.stillTrue(checkRef.subjectId(), letter.toAccountId(), clock.instant());
    }

    Optional<RenderedMail> compose(OutgoingEmail email) {
        if (HeldMail.standsForASummary(email)) {
            return heldSummary.compose(email, this::section);
        }
        var letter = email.toLetter();
        if (letter == null) {
            var body = Objects.requireNonNullElse(email.getBody(), "");
            return Optional.of(new RenderedMail(Objects.requireNonNullElse(email.getSubject(), ""), body, ""));
        }
        if (!stillTrue(letter)) {
            return Optional.empty();
        }
        var secretRef = letter.secret();
        if (secretRef == null) {
            return Optional.of(renderer.render(letter, null));
        }
        var minter = minters.get(secretRef.purpose());
        if (minter == null) {
            throw new IllegalStateException("No SecretMinter for " + secretRef.purpose());
        }
        return minter.mint(secretRef.subjectId()).map(secret -> renderer.render(letter, secret));
    }

    /** One held letter as a section of the summary, its secret made now; empty when it can no longer be. */
    private Optional<LetterSection> section(Letter letter) {
        if (!stillTrue(letter)) {
            return Optional.empty();
        }
        var secretRef = letter.secret();
        if (secretRef == null) {
            return Optional.of(renderer.section(letter, null));
        }
        var minter = minters.get(secretRef.purpose());
        if (minter == null) {
            throw new IllegalStateException("No SecretMinter for " + secretRef.purpose());
        }
        return minter.mint(secretRef.subjectId()).map(secret -> renderer.section(letter, secret));
    }
}
