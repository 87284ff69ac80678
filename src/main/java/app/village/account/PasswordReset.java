package app.village.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One "Forgot your password?" request. Its link's token is made when the mail is sent ({@link PasswordResetLinks});
 * only the token's hash is kept. Usable once, until it expires or a newer request supersedes it.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    /** How long a link works after she asked for it; the page and the mail say so. */
    static final Duration VALID_FOR = Duration.ofMinutes(30);

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "token_hash", length = 64)
    private @Nullable String tokenHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "superseded_at")
    private @Nullable Instant supersededAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected PasswordReset() {
        // for JPA
    }

    PasswordReset(UUID accountId, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.requestedAt = requestedAt;
        this.expiresAt = requestedAt.plus(VALID_FOR);
    }

    UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    @Nullable Instant getUsedAt() {
        return usedAt;
    }

    @Nullable Instant getSupersededAt() {
        return supersededAt;
    }

    /** Not used, not superseded, not expired. */
    boolean isUsableAt(Instant now) {
        return usedAt == null && supersededAt == null && now.isBefore(expiresAt);
    }

    /** A fresh token for the mail being sent; an earlier one (a retried send) stops working. */
    void giveToken(String hash) {
        this.tokenHash = hash;
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }
}
