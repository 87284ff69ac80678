package app.village.update;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The one update an owner pinned to the top of her space's home. Keyed by the space, so a second pin can't exist:
 * pinning another moves this row to it.
 */
@Entity
@Table(name = "pinned_update")
class PinnedUpdate {

    @Id
    @Column(name = "space_id")
    private UUID spaceId;
    @Column(name = "update_id", nullable = false)
    private UUID updateId;
    @Column(name = "pinned_by")
    private @Nullable UUID pinnedBy;
    @Column(name = "pinned_at", nullable = false)
    private Instant pinnedAt;

    protected PinnedUpdate() {
        // for JPA
    }

    PinnedUpdate(UUID spaceId, UUID updateId, UUID pinnedBy, Instant pinnedAt) {
        this.spaceId = spaceId;
        this.updateId = updateId;
        this.pinnedBy = pinnedBy;
        this.pinnedAt = pinnedAt;
    }

    void moveTo(UUID updateId, UUID pinnedBy, Instant pinnedAt) {
        this.updateId = updateId;
        this.pinnedBy = pinnedBy;
        this.pinnedAt = pinnedAt;
    }

    UUID getUpdateId() {
        return updateId;
    }
}
