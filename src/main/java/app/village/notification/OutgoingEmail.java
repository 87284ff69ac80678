package app.village.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
    // Only rows from before letters (V16) have these; a letter is rendered from its template when sent.
    @Column(length = 200)
    private @Nullable String subject;
    @Column(length = 4000)
    private @Nullable String body;
    @Column(name = "recipient_account_id")
    private @Nullable UUID recipientAccountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailKind kind;
    @Column(length = 60)
    private @Nullable String template;
    @Column(name = "template_values", length = 16000)
    private @Nullable String templateValues;
    @Column(name = "family_name", length = 80)
    private @Nullable String familyName;
    @Column(name = "secret_purpose", length = 40)
    private @Nullable String secretPurpose;
    @Column(name = "secret_subject")
    private @Nullable UUID secretSubject;
    @Column(length = 200)
    private @Nullable String about;
    @Column(name = "check_purpose", length = 40)
    private @Nullable String checkPurpose;
    @Column(name = "check_subject")
    private @Nullable UUID checkSubject;
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;
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
    // Put back while her sleep window or quiet hours were on: sent later in one summary (HeldMail).
    @Column(name = "held_since")
    private @Nullable Instant heldSince;
    @Enumerated(EnumType.STRING)
    @Column(name = "held_while", length = 20)
    private DeliveryHold.@Nullable Reason heldWhile;

    @SuppressWarnings("NullAway.Init")
    protected OutgoingEmail() {
        // for JPA
    }

    /** A message written out in full, as features recorded them before letters. */
    OutgoingEmail(String toAddress, String subject, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.kind = MailKind.MEMBERSHIP;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    OutgoingEmail(Letter letter, Instant now) {
        this.id = UUID.randomUUID();
        this.toAddress = letter.toAddress();
        this.recipientAccountId = letter.toAccountId();
        this.kind = letter.kind();
        this.template = letter.template();
        this.templateValues = LetterValues.encode(letter.values());
        this.familyName = letter.familyName();
        if (letter.secret() != null) {
            this.secretPurpose = letter.secret().purpose();
            this.secretSubject = letter.secret().subjectId();
        }
        this.about = letter.about();
        if (letter.check() != null) {
            this.checkPurpose = letter.check().purpose();
            this.checkSubject = letter.check().subjectId();
        }
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The letter as recorded; null for a row from before letters, which has a subject and body instead. */
    @Nullable Letter toLetter() {
        if (template == null) {
            return null;
        }
        var secret = secretPurpose == null || secretSubject == null
                ? null
                : new Letter.SecretRef(secretPurpose, secretSubject);
        return new Letter(toAddress, recipientAccountId, kind, template,
                LetterValues.decode(templateValues == null ? "" : templateValues), familyName, secret, about,
                checkPurpose == null || checkSubject == null ? null : new Letter.CheckRef(checkPurpose, checkSubject));
    }

    void withdraw(Instant now) {
        if (sentAt == null && withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    UUID getId() {
        return id;
    }

    String getToAddress() {
        return toAddress;
    }

    @Nullable String getSubject() {
        return subject;
    }

    @Nullable String getBody() {
        return body;
    }

    @Nullable UUID getRecipientAccountId() {
        return recipientAccountId;
    }

    MailKind getKind() {
        return kind;
    }

    @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
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

    @Nullable UUID getClaimedBy() {
        return claimedBy;
    }

    @Nullable Instant getHeldSince() {
        return heldSince;
    }

    DeliveryHold.@Nullable Reason getHeldWhile() {
        return heldWhile;
    }

    Instant getCreatedAt() {
        return createdAt;
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
