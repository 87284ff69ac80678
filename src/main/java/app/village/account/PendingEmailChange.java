package app.village.account;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;

/** Her account moving to a new address, waiting for the code mailed to that address. */
@Entity
@DiscriminatorValue("email-change")
class PendingEmailChange extends PendingCode {

    @Column(name = "account_id")
    private UUID accountId;

    @SuppressWarnings("NullAway.Init")
    protected PendingEmailChange() {
        // for JPA
    }

    PendingEmailChange(UUID accountId, String normalizedNewEmail, Instant now) {
        super(normalizedNewEmail, now);
        this.accountId = accountId;
    }

    UUID getAccountId() {
        return accountId;
    }
}
