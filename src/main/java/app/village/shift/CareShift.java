package app.village.shift;

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

/** A block of time someone covers. Times are instants; the family's day it starts on is kept for listing. */
@Entity
@Table(name = "care_shift")
class CareShift {

    static final int NOTES_MAX = 2000;
    static final int CAPACITY_MAX = 20;

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ShiftKind kind;
    @Column(length = NOTES_MAX)
    private @Nullable String notes;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(name = "start_day", nullable = false)
    private LocalDate startDay;
    @Column(nullable = false)
    private int capacity;
    /** Places taken; changed only by the conditional updates in {@link CareShiftRepository}. */
    @Column(nullable = false)
    private int taken;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable RestActivity activity;
    @Column(name = "protected_sleep", nullable = false)
    private boolean protectedSleep;
    /** Its notes are the words Village wrote from her sleep window, so a new window rewrites them. */
    @Column(name = "sleep_window_note", nullable = false)
    private boolean sleepWindowNote;
    @Column(name = "requested_by")
    private @Nullable UUID requestedBy;
    @Column(name = "created_by")
    private @Nullable UUID createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;
    /** The repeating shift this is a day of, until that day is changed or cancelled on its own. */
    @Column(name = "series_id")
    private @Nullable UUID seriesId;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CareShift() {
        // for JPA
    }

    CareShift(UUID spaceId, ShiftKind kind, ShiftTimes times, int capacity, @Nullable String notes,
            @Nullable UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(kind, times, capacity, notes);
    }

    /** One day of a repeating shift. */
    CareShift(CareShiftSeries series, ShiftTimes times, Instant now) {
        this(series.getSpaceId(), series.getKind(), times, series.getCapacity(), series.getNotes(),
                series.getCreatedBy(), now);
        this.seriesId = series.getId();
    }

    /** Takes the series' current wording and times for its day; helpers are checked by the service first. */
    void follow(CareShiftSeries series, ShiftTimes times) {
        change(series.getKind(), times, series.getCapacity(), series.getNotes());
    }

    /** This day was changed or cancelled on its own: a later change to the series leaves it be. */
    void detachFromSeries() {
        this.seriesId = null;
    }

    void change(ShiftKind newKind, ShiftTimes times, int newCapacity, @Nullable String newNotes) {
        this.kind = newKind;
        this.startsAt = times.startsAt();
        this.endsAt = times.endsAt();
        this.startDay = times.startDay();
        this.capacity = newCapacity;
        var stripped = newNotes == null || newNotes.isBlank() ? null : newNotes.strip();
        if (!java.util.Objects.equals(stripped, notes)) {
            this.sleepWindowNote = false; // someone wrote her own words: they stay hers
        }
        this.notes = stripped;
    }

    /** The mother's own request for a break. */
    void requestedBy(UUID mother, RestActivity what) {
        this.requestedBy = mother;
        this.activity = what;
    }

    void fillFirstPlace() {
        this.taken = 1;
    }

    /** A night Village keeps open for her sleep, its notes the words it wrote from her window. */
    void markProtectedSleep() {
        this.protectedSleep = true;
        this.sleepWindowNote = true;
    }

    /** Her new sleep window's times; Village's note follows it, a note an organizer wrote stays hers. */
    void followSleepWindow(ShiftTimes times, String windowNote) {
        var villageWrote = sleepWindowNote;
        change(ShiftKind.NIGHT, times, capacity, villageWrote ? windowNote : notes);
        this.sleepWindowNote = villageWrote;
    }

    void cancel(Instant now) {
        this.cancelledAt = now;
    }

    /** The shift as its editor opens it, in the family's time zone. */
    ShiftForm toForm(java.time.ZoneId zone) {
        var start = startsAt.atZone(zone).toLocalTime();
        var end = endsAt.atZone(zone).toLocalDateTime();
        // "Ends on" only when the end is later than the next morning, as the editor asks for it.
        // (A whole day ends at its start time, which without its own day would read as no time at all.)
        var endDay = !end.toLocalTime().equals(start)
                && Limits.endOf(startDay, start, null, end.toLocalTime()).equals(end) ? null : end.toLocalDate();
        return new ShiftForm(kind, startDay, start, endDay, end.toLocalTime(), capacity,
                java.util.Objects.requireNonNullElse(notes, ""));
    }

    /** How the shift is named on every page and in calendars: "Night shift: her sleep", "Break for her: a walk". */
    String title() {
        if (protectedSleep) {
            return "Night shift: her sleep";
        }
        if (kind == ShiftKind.RESPITE && activity != null) {
            return "Break for her: " + activity.label().toLowerCase(java.util.Locale.ROOT);
        }
        return kind.label();
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

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    LocalDate getStartDay() {
        return startDay;
    }

    int getCapacity() {
        return capacity;
    }

    int getTaken() {
        return taken;
    }

    @Nullable RestActivity getActivity() {
        return activity;
    }

    boolean isProtectedSleep() {
        return protectedSleep;
    }

    @Nullable UUID getRequestedBy() {
        return requestedBy;
    }

    @Nullable UUID getSeriesId() {
        return seriesId;
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CareShift shift && id.equals(shift.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
