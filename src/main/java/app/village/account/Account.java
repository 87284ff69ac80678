package app.village.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person who can sign in. Package-private: other features see accounts through {@link AccountService}. */
@Entity
@Table(name = "account")
class Account {

    static final int EMAIL_MAX = 254;
    static final int DISPLAY_NAME_MAX = 80;

    @Id
    private UUID id;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "login_blocked_until")
    private @Nullable Instant loginBlockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Account() {
        // for JPA
    }

    Account(String email, String displayName, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Emails compare case-insensitively: stored trimmed and lower-cased. */
    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
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

    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    /** She proved it is her with her password; the address is normalized as at registration. */
    void changeEmail(String newEmail) {
        this.email = normalizeEmail(newEmail);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    int getFailedLoginCount() {
        return failedLoginCount;
    }

    @Nullable Instant getLoginBlockedUntil() {
        return loginBlockedUntil;
    }

    boolean isLoginBlockedAt(Instant now) {
        return loginBlockedUntil != null && now.isBefore(loginBlockedUntil);
    }

    /**
     * Counts a wrong password. Past the free attempts, each further failure doubles the wait,
     * up to the maximum.
     */
    void recordFailedLogin(Instant now, int freeAttempts, Duration firstBackoff, Duration maxBackoff) {
        failedLoginCount++;
        int overFree = failedLoginCount - freeAttempts;
        if (overFree >= 0) {
            Duration wait = firstBackoff.multipliedBy(1L << Math.min(overFree, 20));
            loginBlockedUntil = now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
        }
    }

    void recordSuccessfulLogin() {
        failedLoginCount = 0;
        loginBlockedUntil = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && id.equals(account.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
