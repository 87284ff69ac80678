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
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Dynamic updates: a role change writes the role (and version) only, so it can't put back the
 * {@code last_visited_at} it read when her visit was recorded in place meanwhile ({@link MembershipRepository#recordVisit}).
 */
@Entity
@Table(name = "membership")
@DynamicUpdate
class Membership {

    static final int RELATIONSHIP_MAX = 60;

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private FamilySpace space;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FamilyRole role;
    @Column(length = RELATIONSHIP_MAX)
    private @Nullable String relationship;
    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;
    @Column(name = "last_visited_at")
    private @Nullable Instant lastVisitedAt;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Membership() {
        // for JPA
    }

    Membership(FamilySpace space, UUID accountId, FamilyRole role, @Nullable String relationship, Instant now) {
        this.id = UUID.randomUUID();
        this.space = space;
        this.accountId = accountId;
        this.role = role;
        this.relationship = FamilySpace.blankToNull(relationship);
        this.joinedAt = now;
        this.lastVisitedAt = now;
    }

    UUID getId() {
        return id;
    }

    FamilySpace getSpace() {
        return space;
    }

    UUID getAccountId() {
        return accountId;
    }

    FamilyRole getRole() {
        return role;
    }

    void changeRole(FamilyRole role) {
        this.role = role;
    }

    @Nullable String getRelationship() {
        return relationship;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Membership membership && id.equals(membership.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
