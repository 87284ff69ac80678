package app.village.account;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something waiting for the 6-digit code mailed to an address: a sign-up ({@link PendingSignUp}) or a move of an
 * account to a new address ({@link PendingEmailChange}). Only the code's hash is kept, made when the mail is sent
 * ({@link SignUpCodes}). An address that already has an account gets one too, whose code hash stays empty, so its
 * page works and answers like any other while no code can finish it. 5 wrong codes or 30 minutes end it.
 */
@Entity
@Table(name = "pending_code")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
abstract class PendingCode {

    static final Duration CODE_WORKS_FOR = Duration.ofMinutes(30);
    static final int WRONG_CODES_ALLOWED = 5;

    /** What a typed code does. */
    enum Check { RIGHT, WRONG, ENDED }

    @Id
    private UUID id;

    @Column(nullable = false, length = Account.EMAIL_MAX)
    private String email;

    @Column(name = "code_hash", length = 64)
    private @Nullable String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "wrong_codes", nullable = false)
    private int wrongCodes;

    @SuppressWarnings("NullAway.Init")
    protected PendingCode() {
        // for JPA
    }

    PendingCode(String normalizedEmail, Instant now) {
        this.id = UUID.randomUUID();
        this.email = normalizedEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(CODE_WORKS_FOR);
    }

    UUID getId() {
        return id;
    }

    /** The address the code goes to, normalized. */
    String getEmail() {
        return email;
    }

    @Nullable String getCodeHash() {
        return codeHash;
    }

    boolean isOverAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * The code of the mail being sent: the earlier one stops working. The time left doesn't move here: it is set
     * when the code is asked for ({@link #renewedAt}), the same for every address, whether a code is mailed or not.
     */
    void giveCode(String hash) {
        this.codeHash = hash;
    }

    /** "Send a new code": it waits 30 minutes from now. */
    void renewedAt(Instant now) {
        this.expiresAt = now.plus(CODE_WORKS_FOR);
    }

    /**
     * Checks a typed code: right, wrong (counted), or ended (over, or the wrong code allowed last). The caller
     * deletes an ended one; an address that has an account has no code hash, so no code is ever right for it.
     */
    Check check(String code, Instant now) {
        if (isOverAt(now)) {
            return Check.ENDED;
        }
        if (SignUpCodes.matches(this, code)) {
            return Check.RIGHT;
        }
        wrongCodes++;
        return wrongCodes >= WRONG_CODES_ALLOWED ? Check.ENDED : Check.WRONG;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingCode that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
