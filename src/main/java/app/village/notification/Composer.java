package app.village.notification;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox row into the message to send, at sending time: asks the letter's {@link SecretMinter} for a fresh
 * secret (so none is ever stored) and renders the template. Empty when the secret's subject can no longer be used,
 * such as a revoked invitation: that message is withdrawn, not sent.
 */
@Component
class Composer {

    private final MailRenderer renderer;
    private final HeldSummary heldSummary;
    private final Map<String, SecretMinter> minters;

    Composer(MailRenderer renderer, HeldSummary heldSummary, List<SecretMinter> minters) {
        this.renderer = renderer;
        this.heldSummary = heldSummary;
        this.minters = minters.stream().collect(Collectors.toMap(SecretMinter::purpose, Function.identity()));
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
