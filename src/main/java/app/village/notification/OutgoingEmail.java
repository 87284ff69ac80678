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
    }

    String getToAddress() {
        return toAddress;
    }

    String getBody() {
        return body;
    }
}
