package app.village.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sign-up waiting for the code mailed to its address (mail on). Holds what the account will be made of; only
 * the code's hash, never the code. An address that already has an account gets one too, whose code hash stays
 * empty, so its page works and answers like any other while no code can open it.
 */
@Entity
@Table(name = "pending_sign_up")
class PendingSignUp {

    static final Duration CODE_WORKS_FOR = Duration.ofMinutes(30);
    static final int WRONG_CODES_ALLOWED = 5;

    @Id
    private UUID id;

    @Column(nullable = false, length = Account.EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = Account.DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "code_hash", length = 64)
    private @Nullable String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "wrong_codes", nullable = false)
    private int wrongCodes;

    @SuppressWarnings("NullAway.Init")
    protected PendingSignUp() {
        // for JPA
    }

    PendingSignUp(String normalizedEmail, String displayName, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.email = normalizedEmail;
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.expiresAt = now.plus(CODE_WORKS_FOR);
    }

    UUID getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    @Nullable String getCodeHash() {
        return codeHash;
    }

    boolean isOverAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** A new code was made for the mail being sent: the earlier one stops working, and she has 30 minutes again. */
    void newCode(String hash, Instant now) {
        this.codeHash = hash;
        this.expiresAt = now.plus(CODE_WORKS_FOR);
    }

    /** A new code is on its way: the sign-up waits 30 minutes from now. */
    void renewedAt(Instant now) {
        this.expiresAt = now.plus(CODE_WORKS_FOR);
    }

    /** Counts a wrong code; true when that was the last one allowed. */
    boolean wrongCodeEndsIt() {
        wrongCodes++;
        return wrongCodes >= WRONG_CODES_ALLOWED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingSignUp that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
