package app.village.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "outgoing_email")
class OutgoingEmail {

    @Id
    private UUID id;
    @Column(name = "to_address", nullable = false, length = 254)
    private String toAddress;
    @Column(nullable = false, length = 200)
    private String subject;
    @Column(nullable = false, length = 4000)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private @Nullable Instant sentAt;
    // Delivery state, changed only by OutgoingEmailRepository's conditional updates (claims race between workers).
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_failure", length = 300)
    private @Nullable String lastFailure;
    @Column(name = "given_up_at")
    private @Nullable Instant givenUpAt;
    @Column(name = "claimed_until")
    private @Nullable Instant claimedUntil;
    @Column(name = "claimed_by")
    private @Nullable UUID claimedBy;

    @SuppressWarnings("NullAway.Init")
    protected OutgoingEmail() {
        // for JPA
    }

    OutgoingEmail(String toAddress, String subject, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    UUID getId() {
        return id;
    }

    String getToAddress() {
        return toAddress;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    @Nullable Instant getSentAt() {
        return sentAt;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable String getLastFailure() {
        return lastFailure;
    }

    @Nullable Instant getGivenUpAt() {
        return givenUpAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutgoingEmail email && id.equals(email.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
