package app.village.notification;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * The secret of one outbox row, handed to its {@link SecretMinter}: the same for every attempt to send that row,
 * so a retry after a server took the message and then dropped the connection carries the link or code that already
 * arrived (and the minter stores the same hash again); any other row (a Resend, a new reset request) has another.
 * It is an HMAC-SHA-256 of the row and its subject under a key this application made at start ({@link SecretSeeds});
 * after a restart the key is new, and so is the secret of a retry.
 * Decision: docs/decisions/mail-rendered-at-sending.md.
 */
public final class SecretSeed {

    private static final int CODE_RANGE = 1_000_000;

    private final UUID outboxId;
    private final byte[] mac;

    SecretSeed(UUID outboxId, byte[] mac) {
        this.outboxId = outboxId;
        this.mac = mac.clone();
    }

    /** The outbox row whose secret this is. */
    public UUID outboxId() {
        return outboxId;
    }

    /** A link's token: 256 bits, 43 URL-safe characters, like {@code SecretTokens.newToken()}. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    /** A 6-digit code, from the same 256 bits (64 of them, reduced: the bias is far below one in a million). */
    public String sixDigitCode() {
        var number = ByteBuffer.wrap(mac, 0, Long.BYTES).getLong();
        return "%06d".formatted(Long.remainderUnsigned(number, CODE_RANGE));
    }

    /** Nothing secret in a log line or a failed assertion. */
    @Override
    public String toString() {
        return "SecretSeed[" + outboxId + "]";
    }
}
