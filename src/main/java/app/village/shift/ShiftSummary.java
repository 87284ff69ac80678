package app.village.shift;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A shift as members see it, with its times in the family's time zone (labelled with the zone wherever the
 * viewer is). {@code helpers} name its helpers, with "you" for the signed-in person, whose place {@code mine}
 * says she has; {@code restFor} names the
 * person whose rest it is (the mother who asked for the break or sleeps that night), when Village knows her.
 */
public record ShiftSummary(ShiftId id, ShiftKind kind, String title, @Nullable String notes, ZonedDateTime start,
        ZonedDateTime end, int capacity, int taken, List<String> helpers, boolean mine, boolean protectedSleep,
        @Nullable RestActivity activity, boolean mayChange, @Nullable String restFor) {

    public int openPlaces() {
        return capacity - taken;
    }

    /** A shift she counts on for her rest: her night's sleep, or a break she asked for. */
    public boolean isHerRest() {
        return protectedSleep || kind == ShiftKind.NIGHT || restFor != null;
    }

    public boolean isFilled() {
        return taken >= capacity;
    }
}
