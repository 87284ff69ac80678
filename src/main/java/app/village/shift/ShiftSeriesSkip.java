package app.village.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A day of a series that was cancelled or changed on its own, so that changing the series leaves it be.
 * <p>Decision: docs/decisions/changing-a-repeating-shift.md.
 */
@Entity
@Table(name = "care_shift_series_skip")
class ShiftSeriesSkip {

    @EmbeddedId
    private Key key;

    @SuppressWarnings("NullAway.Init")
    protected ShiftSeriesSkip() {
        // for JPA
    }

    ShiftSeriesSkip(UUID seriesId, LocalDate day) {
        this.key = new Key(seriesId, day);
    }

    LocalDate day() {
        return key.skippedDay();
    }

    @Embeddable
    record Key(@Column(name = "series_id") UUID seriesId, @Column(name = "skipped_day") LocalDate skippedDay)
            implements Serializable {
    }
}
