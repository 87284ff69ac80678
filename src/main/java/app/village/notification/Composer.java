package app.village.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox row into the message to send, at sending time. Empty, and the message is withdrawn rather than
 * sent, when its recipient has turned its kind off since it was recorded ({@link MailPreferences#turnedOff}), when
 * the letter is no longer true (its {@link LetterCheck}), or when the secret's subject can no longer be used, such as
 * a revoked invitation. Otherwise its {@link SecretMinter} makes the secret from the row's {@link SecretSeed} (so
 * none is ever stored, and a retry of the row carries the same one) and the template is rendered. Preferences are
 * enforced here, once, for every kind of mail: this also covers mail that waited (a retry, her sleep or quiet hours).
 */
@Component
class Composer {

    private final MailRenderer renderer;
    private final HeldSummary heldSummary;
    private final MailPreferencesService preferences;
    private final SecretSeeds seeds;
    private final Map<String, SecretMinter> minters;
    private final Map<String, LetterCheck> checks;
    private final Clock clock;

    Composer(MailRenderer renderer, HeldSummary heldSummary, MailPreferencesService preferences, SecretSeeds seeds,
            List<SecretMinter> minters, List<LetterCheck> checks, Clock clock) {
        this.renderer = renderer;
        this.heldSummary = heldSummary;
        this.preferences = preferences;
        this.seeds = seeds;
        this.minters = minters.stream().collect(Collectors.toMap(SecretMinter::purpose, Function.identity()));
        this.checks = checks.stream().collect(Collectors.toMap(LetterCheck::purpose, Function.identity()));
        this.clock = clock;
    }

    /** A letter that goes now, with its secret when it has one. */
    private record Going(Letter letter, @Nullable String secret) {
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
        return going(email.getId(), letter).map(going -> renderer.render(going.letter(), going.secret()));
    }

    /** One held message as a section of the summary, its secret made now; empty when it no longer goes. */
    private Optional<LetterSection> section(OutgoingEmail held) {
        var letter = held.toLetter();
        if (letter == null) {
            return Optional.empty();
        }
        return going(held.getId(), letter).map(going -> renderer.section(going.letter(), going.secret()));
    }

    private Optional<Going> going(UUID outboxId, Letter letter) {
        if (turnedOff(letter) || !stillTrue(letter)) {
            return Optional.empty();
        }
        var secretRef = letter.secret();
        if (secretRef == null) {
            return Optional.of(new Going(letter, null));
        }
        var minter = minters.get(secretRef.purpose());
        if (minter == null) {
            throw new IllegalStateException("No SecretMinter for " + secretRef.purpose());
        }
        return minter.mint(secretRef.subjectId(), seeds.of(outboxId, secretRef))
                .map(secret -> new Going(letter, secret));
    }

    /** Whether its recipient has turned this kind of mail off; mail to an address without an account can't be. */
    private boolean turnedOff(Letter letter) {
        var account = letter.toAccountId();
        return account != null && preferences.of(account).turnedOff(letter.kind());
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
}
