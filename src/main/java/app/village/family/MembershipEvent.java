package app.village.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a space's audit log. Written once, never changed. */
@Entity
@Table(name = "membership_event")
class MembershipEvent {

    public enum Action { CREATED_SPACE, INVITED, INVITATION_REVOKED, INVITATION_REISSUED, JOINED, DECLINED,
        ROLE_CHANGED, REMOVED, LEFT }

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor_name", length = 80)
    private @Nullable String actorName;
    @Column(name = "subject_name", nullable = false, length = 80)
    private String subjectName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Action action;
    @Column(length = 200)
    private @Nullable String detail;

    @SuppressWarnings("NullAway.Init")
    protected MembershipEvent() {
        // for JPA
    }

    MembershipEvent(UUID spaceId, Instant at, @Nullable String actorName, String subjectName, Action action,
            @Nullable String detail) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.occurredAt = at;
        this.actorName = actorName;
        this.subjectName = subjectName;
        this.action = action;
        this.detail = detail;
    }

    ActivityEntry toEntry() {
        return new ActivityEntry(occurredAt, actorName, subjectName, action.name(), detail);
    }
}
