package app.village.account;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A sign-up waiting for its code (mail on): holds what the account will be made of. */
@Entity
@DiscriminatorValue("sign-up")
class PendingSignUp extends PendingCode {

    @Column(name = "display_name", length = Account.DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @SuppressWarnings("NullAway.Init")
    protected PendingSignUp() {
        // for JPA
    }

    PendingSignUp(String normalizedEmail, String displayName, String passwordHash, Instant now) {
        super(normalizedEmail, now);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
