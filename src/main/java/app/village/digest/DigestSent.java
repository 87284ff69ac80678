package app.village.digest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** That a member's digest for one space and family-time morning was recorded; written once, never changed. */
@Entity
@Table(name = "digest_sent")
class DigestSent {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "local_date", nullable = false)
    private LocalDate localDate;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @SuppressWarnings("NullAway.Init")
    protected DigestSent() {
        // for JPA
    }

    DigestSent(UUID spaceId, UUID accountId, LocalDate localDate, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.accountId = accountId;
        this.localDate = localDate;
        this.sentAt = sentAt;
    }

    UUID getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DigestSent sent && id.equals(sent.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
