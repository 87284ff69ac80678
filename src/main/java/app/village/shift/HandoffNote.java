package app.village.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the helper leaves for the next person and the mother when her shift ends.
 * <p>Decision: docs/decisions/handoffs.md.
 */
@Entity
@Table(name = "handoff_note")
class HandoffNote {

    @Id
    private UUID id;
    @Column(name = "shift_id", nullable = false)
    private UUID shiftId;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "author_id")
    private @Nullable UUID authorId;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;
    @Column(name = "last_feed_at")
    private @Nullable LocalTime lastFeedAt;
    @Column(name = "last_feed", length = 200)
    private @Nullable String lastFeed;
    @Column(length = 200)
    private @Nullable String nappies;
    @Column(length = 500)
    private @Nullable String sleep;
    @Column(name = "watch_for", length = 2000)
    private @Nullable String watchFor;
    @Column(name = "open_tasks", length = 2000)
    private @Nullable String openTasks;

    @SuppressWarnings("NullAway.Init")
    protected HandoffNote() {
        // for JPA
    }

    HandoffNote(CareShift shift, UUID author, HandoffForm form, Instant now) {
        this.id = UUID.randomUUID();
        this.shiftId = shift.getId();
        this.spaceId = shift.getSpaceId();
        this.authorId = author;
        this.writtenAt = now;
        this.lastFeedAt = form.lastFeedAt();
        this.lastFeed = blankToNull(form.lastFeed());
        this.nappies = blankToNull(form.nappies());
        this.sleep = blankToNull(form.sleep());
        this.watchFor = blankToNull(form.watchFor());
        this.openTasks = blankToNull(form.openTasks());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    UUID getId() {
        return id;
    }

    UUID getShiftId() {
        return shiftId;
    }

    @Nullable UUID getAuthorId() {
        return authorId;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }

    HandoffForm toForm() {
        return new HandoffForm(lastFeedAt, orEmpty(lastFeed), orEmpty(nappies), orEmpty(sleep), orEmpty(watchFor),
                orEmpty(openTasks));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
