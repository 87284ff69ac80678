package app.village.notification;

import java.util.Optional;
import java.util.UUID;

/**
 * Makes a message's secret (an invitation link's token, a reset token, a sign-up code) when the message is
 * rendered for sending, so no secret is ever stored in the outbox. The feature that owns the secret implements it
 * as a bean and keeps only the secret's hash, in its own transaction. The secret itself comes from the row's
 * {@link SecretSeed}, so every attempt to send one row carries the same secret and stores the same hash.
 */
public interface SecretMinter {

    /** The purpose letters name in {@link Letter#withSecret}, such as {@code invitation}. */
    String purpose();

    /**
     * The secret for the subject, taken from the seed ({@link SecretSeed#token()} or
     * {@link SecretSeed#sixDigitCode()}), with its hash stored; empty when the subject can no longer be used, and
     * the message is dropped.
     */
    Optional<String> mint(UUID subjectId, SecretSeed seed);
}
