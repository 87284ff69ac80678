package app.village.shift;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Her sleep window, and for each of the coming nights whether someone has the night shift.
 * <p>Decision: docs/decisions/organizer-night-counts-as-cover.md.
 */
public record SleepCover(@Nullable LocalTime start, @Nullable LocalTime end, List<Night> nights) {

    /**
     * {@code keptForHerSleep}: a night shift Village keeps open for her window (not an organizer's own).
     * {@code mine}: the signed-in person has a place on it; {@code helpers} then hold her as "you".
     */
    public record Night(LocalDate day, ShiftId shiftId, boolean covered, List<String> helpers, boolean keptForHerSleep,
            boolean mine) {
    }

    public boolean isSet() {
        return start != null;
    }
}
