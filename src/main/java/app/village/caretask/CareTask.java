package app.village.caretask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "care_task")
class CareTask {

    static final int TITLE_MAX = 120;
    static final int NOTES_MAX = 2000;
    static final int DONE_NOTE_MAX = 500;
    static final int EFFORT_MAX = 24 * 60;

    @Id
    private UUID id;
    /** By id, not by entity: the space belongs to the family feature. */
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TaskCategory category;
    @Column(length = NOTES_MAX)
    private @Nullable String notes;
    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;
    @Column(name = "effort_minutes", nullable = false)
    private int effortMinutes;
    @Column(name = "assignee_id")
    private @Nullable UUID assigneeId;
    @Column(name = "created_by")
    private @Nullable UUID createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "done_at")
    private @Nullable Instant doneAt;
    @Column(name = "done_by")
    private @Nullable UUID doneBy;
    @Column(name = "done_note", length = DONE_NOTE_MAX)
    private @Nullable String doneNote;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CareTask() {
        // for JPA
    }

    CareTask(UUID spaceId, TaskForm form, UUID createdBy, @Nullable UUID assigneeId, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.createdBy = createdBy;
        this.assigneeId = assigneeId;
        this.createdAt = now;
        apply(form);
    }

    void apply(TaskForm form) {
        this.title = form.title().strip();
        this.category = form.category();
        this.notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().strip();
        this.dueDate = form.dueDate();
        this.effortMinutes = form.effortMinutes();
    }

    void handBack() {
        this.assigneeId = null;
    }

    void markDone(UUID by, @Nullable String note, Instant now) {
        this.doneAt = now;
        this.doneBy = by;
        this.doneNote = note == null || note.isBlank() ? null : note.strip();
    }

    UUID getId() {
        return id;
    }

    UUID getSpaceId() {
        return spaceId;
    }

    String getTitle() {
        return title;
    }

    TaskCategory getCategory() {
        return category;
    }

    @Nullable String getNotes() {
        return notes;
    }

    @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    int getEffortMinutes() {
        return effortMinutes;
    }

    @Nullable UUID getAssigneeId() {
        return assigneeId;
    }

    @Nullable UUID getCreatedBy() {
        return createdBy;
    }

    boolean isDone() {
        return doneAt != null;
    }

    @Nullable String getDoneNote() {
        return doneNote;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CareTask task && id.equals(task.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
