package app.village.caretask;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A day of a series that was deleted or moved on its own, so that changing the series doesn't bring it back.
 * <p>Decision: docs/decisions/changing-a-repeating-task.md.
 */
@Entity
@Table(name = "care_task_series_skip")
class SeriesSkip {

    @EmbeddedId
    private Key key;

    @SuppressWarnings("NullAway.Init")
    protected SeriesSkip() {
        // for JPA
    }

    SeriesSkip(UUID seriesId, LocalDate day) {
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
