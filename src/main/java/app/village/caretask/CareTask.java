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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "care_task")
class CareTask {

    static final int TITLE_MAX = 120;
    static final int NOTES_MAX = 2000;
    static final int DONE_NOTE_MAX = 500;
    static final int EFFORT_MAX = 24 * 60;
    static final LocalTime NIGHT_STARTS = LocalTime.of(22, 0);
    static final LocalTime NIGHT_ENDS = LocalTime.of(6, 0);

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
    @Column(name = "start_time")
    private @Nullable LocalTime startTime;
    @Column(name = "end_time")
    private @Nullable LocalTime endTime;
    /** The repeating task this day belongs to, if any. */
    @Column(name = "series_id")
    private @Nullable UUID seriesId;
    @Column(name = "night_work", nullable = false)
    private boolean nightWork;
    @Column(name = "effort_minutes", nullable = false)
    private int effortMinutes;
    @Column(name = "for_mother", nullable = false)
    private boolean forMother;
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

    /** One day of a repeating task, worded as the series is now. */
    CareTask(CareTaskSeries series, LocalDate day, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = series.getSpaceId();
        this.seriesId = series.getId();
        this.createdBy = series.getCreatedBy();
        this.assigneeId = series.getAssigneeId();
        this.createdAt = now;
        this.dueDate = day;
        follow(series);
    }

    void apply(TaskForm form) {
        this.title = form.title().strip();
        this.category = form.category();
        this.notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().strip();
        this.dueDate = form.dueDate();
        this.startTime = form.startTime();
        this.endTime = form.endTime();
        this.effortMinutes = form.effortMinutes();
        this.forMother = form.forMother();
    }

    /** Takes the series' current wording; the day and whoever took it on stay. */
    void follow(CareTaskSeries series) {
        this.title = series.getTitle();
        this.category = series.getCategory();
        this.notes = series.getNotes();
        this.startTime = series.getStartTime();
        this.endTime = series.getEndTime();
        this.effortMinutes = series.getEffortMinutes();
        this.forMother = series.isForMother();
    }

    /** Moved to another day on its own: it is now a one-off task, and the series leaves it alone. */
    void detachFromSeries() {
        this.seriesId = null;
    }

    /** Done for the mother: she sees it, but is not asked to take it on. */
    boolean isForMother() {
        return forMother;
    }

    void handBack() {
        this.assigneeId = null;
    }

    /**
     * Night work counts double in the fair-share picture: decided by the task's start time when it has one,
     * otherwise by the moment it was marked done, in the family's time zone.
     */
    void markDone(UUID by, @Nullable String note, Instant now, ZoneId zone) {
        this.doneAt = now;
        this.nightWork = isNight(startTime != null ? startTime : now.atZone(zone).toLocalTime());
        this.doneBy = by;
        this.doneNote = note == null || note.isBlank() ? null : note.strip();
    }

    static boolean isNight(LocalTime time) {
        return !time.isBefore(NIGHT_STARTS) || time.isBefore(NIGHT_ENDS);
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

    @Nullable LocalTime getStartTime() {
        return startTime;
    }

    @Nullable LocalTime getEndTime() {
        return endTime;
    }

    @Nullable UUID getSeriesId() {
        return seriesId;
    }

    boolean isNightWork() {
        return nightWork;
    }

    @Nullable Instant getDoneAt() {
        return doneAt;
    }

    @Nullable UUID getDoneBy() {
        return doneBy;
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
