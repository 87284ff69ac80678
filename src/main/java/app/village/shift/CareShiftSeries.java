package app.village.shift;

import app.village.base.RepeatForm;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The rule and current wording of a repeating shift. Its days become ordinary {@link CareShift} rows for a
 * rolling stretch ahead ({@link #getGeneratedThrough()}), each signed up for on its own, as repeating tasks do.
 */
@Entity
@Table(name = "care_shift_series")
class CareShiftSeries {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ShiftKind kind;
    @Column(length = CareShift.NOTES_MAX)
    private @Nullable String notes;
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;
    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;
    @Column(nullable = false)
    private int capacity;
    @Embedded
    private RepeatRule rule;
    @Column(name = "generated_through", nullable = false)
    private LocalDate generatedThrough;
    @Column(name = "created_by")
    private @Nullable UUID createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CareShiftSeries() {
        // for JPA
    }

    CareShiftSeries(UUID spaceId, ShiftForm form, RepeatForm repeat, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(form, repeat);
    }

    /** Takes the new wording and rule, starting on the form's day; nothing is laid out yet. */
    void apply(ShiftForm form, RepeatForm repeat) {
        this.kind = form.kind();
        this.notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().strip();
        this.startTime = form.startTime();
        this.endTime = form.endTime();
        this.capacity = form.capacity();
        this.rule = repeat.ruleFrom(form.day());
        this.generatedThrough = form.day().minusDays(1);
    }

    /**
     * The times of one day's shift in the family's zone, or none on a night the clocks go forward over all of
     * it (then that day has no shift).
     */
    Optional<ShiftTimes> timesOn(LocalDate day, ZoneId zone) {
        var times = ShiftTimes.of(day, startTime, null, endTime, zone);
        return times.endsAt().isAfter(times.startsAt()) ? Optional.of(times) : Optional.empty();
    }

    List<LocalDate> daysBetween(LocalDate from, LocalDate through) {
        return rule.daysBetween(from, through);
    }

    /** Days up to {@code through} that have no shift yet; remembers that they now have. */
    List<LocalDate> nextDaysThrough(LocalDate through) {
        if (!through.isAfter(generatedThrough)) {
            return List.of();
        }
        var days = rule.daysBetween(generatedThrough.plusDays(1), through);
        generatedThrough = through;
        return days;
    }

    /** Shifts now exist up to {@code day}: after a change to the series laid out its coming days anew. */
    void generatedThrough(LocalDate day) {
        generatedThrough = day;
    }

    void endBefore(LocalDate day) {
        rule.endBefore(day);
    }

    LocalDate firstDayOnOrAfter(LocalDate day) {
        return rule.firstDayOnOrAfter(day);
    }

    /** The shift form the series was last written with, on {@code day}. */
    ShiftForm toForm(LocalDate day) {
        return new ShiftForm(kind, day, startTime, null, endTime, capacity, notes == null ? "" : notes);
    }

    RepeatForm toRepeatForm() {
        return RepeatForm.of(rule);
    }

    String describe() {
        return rule.describe();
    }

    UUID getId() {
        return id;
    }

    UUID getSpaceId() {
        return spaceId;
    }

    ShiftKind getKind() {
        return kind;
    }

    @Nullable String getNotes() {
        return notes;
    }

    int getCapacity() {
        return capacity;
    }

    LocalDate getGeneratedThrough() {
        return generatedThrough;
    }

    @Nullable UUID getCreatedBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CareShiftSeries series && id.equals(series.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
