package app.village.caretask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_kind", nullable = false, length = 16)
    private Repeat repeat;
    /** Monday is bit 0, Sunday bit 6. */
    @Column(nullable = false)
    private int weekdays;
    @Column(name = "every_days", nullable = false)
    private int everyDays;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;
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
        this.repeat = form.repeat();
        this.weekdays = toBits(form.weekdaysOrNone());
        this.everyDays = form.repeat() == Repeat.EVERY_N_DAYS ? form.everyDays() : 1;
        this.startsOn = java.util.Objects.requireNonNull(form.dueDate());
        this.endsOn = form.repeatUntil();
        this.generatedThrough = startsOn.minusDays(1);
    }

    /** The days of the series from {@code from} to {@code through}, both included. */
    List<LocalDate> daysBetween(LocalDate from, LocalDate through) {
        var first = from.isBefore(startsOn) ? startsOn : from;
        var last = endsOn != null && endsOn.isBefore(through) ? endsOn : through;
        var days = new ArrayList<LocalDate>();
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (fallsOn(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private boolean fallsOn(LocalDate day) {
        return switch (repeat) {
            case DAILY -> true;
            case WEEKLY -> (weekdays & bit(day.getDayOfWeek())) != 0;
            case EVERY_N_DAYS -> ChronoUnit.DAYS.between(startsOn, day) % everyDays == 0;
            case NEVER -> day.equals(startsOn);
        };
    }

    /** Days up to {@code through} that have no task yet; remembers that they now have. */
    List<LocalDate> nextDaysThrough(LocalDate through) {
        if (!through.isAfter(generatedThrough)) {
            return List.of();
        }
        var days = daysBetween(generatedThrough.plusDays(1), through);
        generatedThrough = through;
        return days;
    }

    /**
     * The first day of the series on or after {@code day}: where the editor starts the series when its real
     * first day is long past, without shifting an every-N-days rhythm.
     */
    LocalDate firstDayOnOrAfter(LocalDate day) {
        if (!day.isAfter(startsOn)) {
            return startsOn;
        }
        if (repeat != Repeat.EVERY_N_DAYS) {
            return day;
        }
        var behind = ChronoUnit.DAYS.between(startsOn, day) % everyDays;
        return behind == 0 ? day : day.plusDays(everyDays - behind);
    }

    /** Tasks now exist up to {@code day}: used after a change to the series laid out its coming days anew. */
    void generatedThrough(LocalDate day) {
        generatedThrough = day;
    }

    /** No more days from {@code day} on. */
    void endBefore(LocalDate day) {
        endsOn = day.minusDays(1);
    }

    /** The form the series was last written with, starting on {@code firstDay}. */
    TaskForm toForm(LocalDate firstDay) {
        return new TaskForm(title, category, notes == null ? "" : notes, firstDay, startTime, endTime, effortMinutes,
                repeat, weekdaySet(), repeat == Repeat.EVERY_N_DAYS ? everyDays : 2, endsOn);
    }

    /** A short phrase such as "Every Mon, Wed, Fri until Jan 9". */
    String describe() {
        var rule = switch (repeat) {
            case DAILY -> "Every day";
            case WEEKLY -> "Every " + String.join(", ", weekdaySet().stream()
                    .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US)).toList());
            case EVERY_N_DAYS -> "Every " + everyDays + " days";
            case NEVER -> "Once";
        };
        return endsOn == null ? rule
                : rule + " until " + endsOn.format(java.time.format.DateTimeFormatter.ofPattern("MMM d",
                        java.util.Locale.US));
    }

    Set<DayOfWeek> weekdaySet() {
        var set = EnumSet.noneOf(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            if ((weekdays & bit(day)) != 0) {
                set.add(day);
            }
        }
        return set;
    }

    private static int toBits(Set<DayOfWeek> days) {
        return days.stream().mapToInt(CareTaskSeries::bit).reduce(0, (a, b) -> a | b);
    }

    private static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
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
        return startsOn;
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
