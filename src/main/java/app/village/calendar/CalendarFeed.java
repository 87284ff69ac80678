package app.village.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member's calendar address: one per person, known here only by the hash of its token. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected CalendarFeed() {
        // for JPA
    }

    CalendarFeed(UUID accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** A new token: the address with the old one stops working at once. */
    void replaceToken(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    UUID getAccountId() {
        return accountId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarFeed feed && accountId.equals(feed.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
