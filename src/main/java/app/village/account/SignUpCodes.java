package app.village.account;

import app.village.notification.SecretMinter;
import app.village.notification.SecretSeed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the 6-digit code of a sign-up or an address change ({@link PendingCode}) when its mail is sent, and keeps
 * only the code's hash. A hash of six digits can be reversed by trying them all, so the hash alone doesn't protect
 * it: 5 wrong codes and 30 minutes end it. Sending gives no more time: only asking for a code does, for every address.
 */
@Component
class SignUpCodes implements SecretMinter {

    static final String PURPOSE = "sign-up-code";

    private final PendingCodeRepository pending;
    private final Clock clock;

    SignUpCodes(PendingCodeRepository pending, Clock clock) {
        this.pending = pending;
        this.clock = clock;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    /**
     * Empty when the sign-up has ended meanwhile (finished, too many wrong codes, over): the mail is withdrawn. The
     * code comes from the outbox row, so a retry of the same mail carries the code that may already have arrived.
     */
    @Override
    @Transactional
    public Optional<String> mint(UUID signUpId, SecretSeed seed) {
        var now = clock.instant();
        return pending.findByIdForUpdate(signUpId)
                .filter(signUp -> !signUp.isOverAt(now))
                .map(signUp -> {
                    var code = seed.sixDigitCode();
                    signUp.giveCode(hash(signUp.getId(), code));
                    return code;
                });
    }

    /** Whether the typed code is the one last sent for this sign-up. */
    static boolean matches(PendingCode signUp, String code) {
        var stored = signUp.getCodeHash();
        return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                hash(signUp.getId(), code).getBytes(StandardCharsets.US_ASCII));
    }

    // Salted with the sign-up's id, so equal codes of two sign-ups don't share a hash.
    private static String hash(UUID signUpId, String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((signUpId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
