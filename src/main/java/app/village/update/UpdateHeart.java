package app.village.update;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One member's heart on one update; only inserted and deleted. The key makes a second heart impossible. */
@Entity
@Table(name = "update_heart")
class UpdateHeart {

    @EmbeddedId
    private Key key;
    @Column(name = "hearted_at", nullable = false)
    private Instant heartedAt;

    protected UpdateHeart() {
        // for JPA
    }

    UpdateHeart(UUID updateId, UUID accountId, Instant heartedAt) {
        this.key = new Key(updateId, accountId);
        this.heartedAt = heartedAt;
    }

    UUID getUpdateId() {
        return key.updateId;
    }

    UUID getAccountId() {
        return key.accountId;
    }

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "update_id", nullable = false)
        private UUID updateId;
        @Column(name = "account_id", nullable = false)
        private UUID accountId;

        protected Key() {
            // for JPA
        }

        Key(UUID updateId, UUID accountId) {
            this.updateId = updateId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && updateId.equals(key.updateId) && accountId.equals(key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(updateId, accountId);
        }
    }
}
