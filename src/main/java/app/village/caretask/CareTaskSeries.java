package app.village.caretask;

import app.village.base.RepeatRule;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The rule and current wording of a repeating task. Its days become ordinary {@link CareTask} rows for a
 * rolling stretch ahead ({@link #getGeneratedThrough()}), never for all time.
 */
@Entity
@Table(name = "care_task_series")
class CareTaskSeries {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(nullable = false, length = CareTask.TITLE_MAX)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TaskCategory category;
    @Column(length = CareTask.NOTES_MAX)
    private @Nullable String notes;
    @Column(name = "start_time")
    private @Nullable LocalTime startTime;
    @Column(name = "end_time")
    private @Nullable LocalTime endTime;
    @Column(name = "effort_minutes", nullable = false)
    private int effortMinutes;
    @Column(name = "for_mother", nullable = false)
    private boolean forMother;
    @Embedded
    private RepeatRule rule;
    @Column(name = "generated_through", nullable = false)
    private LocalDate generatedThrough;
    /** Set when a supporter adds a repeating task she will do herself: every day is hers. */
    @Column(name = "assignee_id")
    private @Nullable UUID assigneeId;
    @Column(name = "created_by")
    private @Nullable UUID createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CareTaskSeries() {
        // for JPA
    }

    CareTaskSeries(UUID spaceId, TaskForm form, UUID createdBy, @Nullable UUID assigneeId, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.createdBy = createdBy;
        this.assigneeId = assigneeId;
        this.createdAt = now;
        apply(form);
    }

    /** Takes the new wording and rule; nothing is generated yet. */
    void apply(TaskForm form) {
        this.title = form.title().strip();
        this.category = form.category();
        this.notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().strip();
        this.startTime = form.startTime();
        this.endTime = form.endTime();
        this.effortMinutes = form.effortMinutes();
        this.forMother = form.forMother();
        this.rule = new RepeatRule(form.repeat(), form.weekdaysOrNone(), form.everyDays(),
                java.util.Objects.requireNonNull(form.dueDate()), form.repeatUntil());
        this.generatedThrough = rule.startsOn().minusDays(1);
    }

    /** The days of the series from {@code from} to {@code through}, both included. */
    List<LocalDate> daysBetween(LocalDate from, LocalDate through) {
        return rule.daysBetween(from, through);
    }

    /** Days up to {@code through} that have no task yet; remembers that they now have. */
    List<LocalDate> nextDaysThrough(LocalDate through) {
        if (!through.isAfter(generatedThrough)) {
            return List.of();
        }
        var days = rule.daysBetween(generatedThrough.plusDays(1), through);
        generatedThrough = through;
        return days;
    }

    /** Where the editor starts the series when its real first day is long past. */
    LocalDate firstDayOnOrAfter(LocalDate day) {
        return rule.firstDayOnOrAfter(day);
    }

    /** Tasks now exist up to {@code day}: used after a change to the series laid out its coming days anew. */
    void generatedThrough(LocalDate day) {
        generatedThrough = day;
    }

    /** No more days from {@code day} on. */
    void endBefore(LocalDate day) {
        rule.endBefore(day);
    }

    /** The form the series was last written with, starting on {@code firstDay}. */
    TaskForm toForm(LocalDate firstDay) {
        return new TaskForm(title, category, notes == null ? "" : notes, firstDay, startTime, endTime, effortMinutes,
                rule.repeat(), rule.weekdaySet(), rule.everyDaysOrDefault(), rule.endsOn(), forMother);
    }

    /** A short phrase such as "Every Mon, Wed, Fri until Jan 9". */
    String describe() {
        return rule.describe();
    }

    boolean isForMother() {
        return forMother;
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

    @Nullable LocalTime getStartTime() {
        return startTime;
    }

    @Nullable LocalTime getEndTime() {
        return endTime;
    }

    int getEffortMinutes() {
        return effortMinutes;
    }

    LocalDate getStartsOn() {
        return rule.startsOn();
    }

    LocalDate getGeneratedThrough() {
        return generatedThrough;
    }

    @Nullable UUID getAssigneeId() {
        return assigneeId;
    }

    @Nullable UUID getCreatedBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CareTaskSeries series && id.equals(series.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
