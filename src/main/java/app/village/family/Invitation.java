package app.village.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "invitation")
class Invitation {

    static final int MESSAGE_MAX = 1000;

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private FamilySpace space;
    @Column(name = "invited_by")
    private @Nullable UUID invitedBy;
    /** Copied in: the invitee sees who invited her before she has an account to look names up with. */
    @Column(name = "invited_by_name", nullable = false, length = FamilySpace.NAME_MAX)
    private String invitedByName;
    @Column(name = "invitee_name", nullable = false, length = FamilySpace.NAME_MAX)
    private String inviteeName;
    @Column(length = Membership.RELATIONSHIP_MAX)
    private @Nullable String relationship;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FamilyRole role;
    @Column(length = 254)
    private @Nullable String email;
    @Column(length = MESSAGE_MAX)
    private @Nullable String message;
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;
    /** The hash of the link in the invitation mail, made when the mail is sent; null until then. */
    @Column(name = "mail_token_hash", length = 64)
    private @Nullable String mailTokenHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvitationStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "responded_at")
    private @Nullable Instant respondedAt;
    @Column(name = "accepted_by")
    private @Nullable UUID acceptedBy;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Invitation() {
        // for JPA
    }

    Invitation(FamilySpace space, UUID invitedBy, String invitedByName, InvitationForm form, String tokenHash,
            Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.space = space;
        this.invitedBy = invitedBy;
        this.invitedByName = invitedByName;
        this.inviteeName = form.name().strip();
        this.relationship = FamilySpace.blankToNull(form.relationship());
        this.role = form.role();
        this.email = form.email() == null || form.email().isBlank() ? null : form.email().strip().toLowerCase(java.util.Locale.ROOT);
        this.message = FamilySpace.blankToNull(form.message());
        this.tokenHash = tokenHash;
        this.status = InvitationStatus.PENDING;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    void accept(UUID accountId, Instant now) {
        this.status = InvitationStatus.ACCEPTED;
        this.acceptedBy = accountId;
        this.respondedAt = now;
    }

    void decline(Instant now) {
        this.status = InvitationStatus.DECLINED;
        this.respondedAt = now;
    }

    void revoke(Instant now) {
        this.status = InvitationStatus.REVOKED;
        this.respondedAt = now;
    }

    /** The mail's link replaces any earlier mail's link; the copy link keeps working beside it. */
    void mailedWith(String newMailTokenHash) {
        this.mailTokenHash = newMailTokenHash;
    }

    /** A new link replaces the old ones (copied and mailed), which stop working at once. */
    void reissue(String newTokenHash, Instant now, Instant newExpiry) {
        this.tokenHash = newTokenHash;
        this.mailTokenHash = null;
        this.status = InvitationStatus.PENDING;
        this.createdAt = now;
        this.expiresAt = newExpiry;
        this.respondedAt = null;
    }

    UUID getId() {
        return id;
    }

    FamilySpace getSpace() {
        return space;
    }

    @Nullable UUID getInvitedBy() {
        return invitedBy;
    }

    String getInvitedByName() {
        return invitedByName;
    }

    String getInviteeName() {
        return inviteeName;
    }

    @Nullable String getRelationship() {
        return relationship;
    }

    FamilyRole getRole() {
        return role;
    }

    @Nullable String getEmail() {
        return email;
    }

    @Nullable String getMessage() {
        return message;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Invitation invitation && id.equals(invitation.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
