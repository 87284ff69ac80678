package app.village.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A reminder Village recorded: one person, one item, the start time it was for, one moment. The table's unique
 * key over all of them is what makes each reminder exactly once (docs/decisions/reminders-exactly-once.md).
 */
@Entity
@Table(name = "reminder_sent")
class ReminderSent {

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 16)
    private ItemKind itemKind;
    @Column(name = "item_id", nullable = false)
    private UUID itemId;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReminderMoment moment;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @SuppressWarnings("NullAway.Init")
    protected ReminderSent() {
        // for JPA
    }

    ReminderSent(Commitment item, ReminderMoment moment, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = item.accountId();
        this.itemKind = item.kind();
        this.itemId = item.itemId();
        this.startsAt = item.startsAt();
        this.moment = moment;
        this.recordedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    ItemKind getItemKind() {
        return itemKind;
    }

    UUID getItemId() {
        return itemId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    ReminderMoment getMoment() {
        return moment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReminderSent sent && id.equals(sent.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
