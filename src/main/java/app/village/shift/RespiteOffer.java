package app.village.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A supporter's unasked offer of a break ("I'm free Saturday 10 to 2"); the mother accepts or declines. */
@Entity
@Table(name = "respite_offer")
class RespiteOffer {

    enum Status { OFFERED, ACCEPTED, DECLINED, WITHDRAWN }

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "offered_by", nullable = false)
    private UUID offeredBy;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(length = 500)
    private @Nullable String note;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;
    @Column(name = "shift_id")
    private @Nullable UUID shiftId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected RespiteOffer() {
        // for JPA
    }

    RespiteOffer(UUID spaceId, UUID offeredBy, ShiftTimes times, @Nullable String note, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.offeredBy = offeredBy;
        this.startsAt = times.startsAt();
        this.endsAt = times.endsAt();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.status = Status.OFFERED;
        this.createdAt = now;
    }

    void accept(UUID shift) {
        this.status = Status.ACCEPTED;
        this.shiftId = shift;
    }

    void decline() {
        this.status = Status.DECLINED;
    }

    void withdraw() {
        this.status = Status.WITHDRAWN;
    }

    UUID getId() {
        return id;
    }

    UUID getOfferedBy() {
        return offeredBy;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    @Nullable String getNote() {
        return note;
    }

    Status getStatus() {
        return status;
    }
}
