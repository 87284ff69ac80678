package app.village.shift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a member's Today needs from the shifts: those she is on that are under way or start today or tomorrow
 * and are not over yet, soonest first; and for the mother, who is on her night: the night under way, else the
 * one starting today ({@code tonight} is empty when no one is on yet, and null when there is no such night
 * or she is not the mother).
 */
public record ShiftsToday(LocalDate today, List<ShiftSummary> mine, @Nullable List<String> tonight) {

    /**
     * Picked from the shifts under way at {@code now} and those starting today and tomorrow; her night only for
     * the mother ({@code sheSleeps}). At 2 a.m. "tonight" is the night under way, which began the evening before.
     */
    static ShiftsToday of(LocalDate today, Instant now, List<ShiftSummary> found, boolean sheSleeps) {
        var mine = found.stream().filter(shift -> shift.mine() && shift.end().toInstant().isAfter(now)).toList();
        if (!sheSleeps) {
            return new ShiftsToday(today, mine, null);
        }
        var nights = found.stream().filter(shift -> shift.kind() == ShiftKind.NIGHT).toList();
        var underWay = nights.stream()
                .filter(night -> !night.start().toInstant().isAfter(now) && night.end().toInstant().isAfter(now))
                .toList();
        var herNight = !underWay.isEmpty() ? underWay
                : nights.stream().filter(night -> night.start().toLocalDate().equals(today)).toList();
        return new ShiftsToday(today, mine, herNight.isEmpty() ? null
                : herNight.stream().flatMap(night -> night.helpers().stream()).distinct().toList());
    }
}
