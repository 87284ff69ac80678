package app.village.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One person's place on a shift. Start and end are copied from the shift for the overlap check. */
@Entity
@Table(name = "shift_signup")
class ShiftSignup {

    @Id
    private UUID id;
    @Column(name = "shift_id", nullable = false)
    private UUID shiftId;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected ShiftSignup() {
        // for JPA
    }

    ShiftSignup(CareShift shift, UUID accountId, Instant now) {
        this.id = UUID.randomUUID();
        this.shiftId = shift.getId();
        this.accountId = accountId;
        this.startsAt = shift.getStartsAt();
        this.endsAt = shift.getEndsAt();
        this.createdAt = now;
    }

    void follow(CareShift shift) {
        this.startsAt = shift.getStartsAt();
        this.endsAt = shift.getEndsAt();
    }

    UUID getShiftId() {
        return shiftId;
    }

    UUID getAccountId() {
        return accountId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShiftSignup signup && id.equals(signup.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
