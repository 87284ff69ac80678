package app.village.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The mother's nightly sleep window in the family's time zone; one per space.
 * <p>Decision: docs/decisions/protected-sleep.md.
 */
@Entity
@Table(name = "sleep_window")
class SleepWindow {

    @Id
    @Column(name = "space_id")
    private UUID spaceId;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;
    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected SleepWindow() {
        // for JPA
    }

    SleepWindow(UUID spaceId, UUID accountId, LocalTime start, LocalTime end, Instant now) {
        this.spaceId = spaceId;
        change(accountId, start, end, now);
    }

    void change(UUID mother, LocalTime start, LocalTime end, Instant now) {
        this.accountId = mother;
        this.startTime = start;
        this.endTime = end;
        this.updatedAt = now;
    }

    UUID getSpaceId() {
        return spaceId;
    }

    UUID getAccountId() {
        return accountId;
    }

    LocalTime getStartTime() {
        return startTime;
    }

    LocalTime getEndTime() {
        return endTime;
    }
}
