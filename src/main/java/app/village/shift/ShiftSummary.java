package app.village.shift;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A shift as members see it, with its times in the family's time zone (labelled with the zone wherever the
 * viewer is). {@code mine} says whether the signed-in person has a place on it.
 */
public record ShiftSummary(UUID id, ShiftKind kind, String title, @Nullable String notes, ZonedDateTime start,
        ZonedDateTime end, int capacity, int taken, List<String> helpers, boolean mine, boolean protectedSleep,
        @Nullable RestActivity activity, boolean mayChange) {

    public int openPlaces() {
        return capacity - taken;
    }

    public boolean isFilled() {
        return taken >= capacity;
    }
}
