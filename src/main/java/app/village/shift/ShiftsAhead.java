package app.village.shift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A space's coming shifts with who is on them, for the daily digest. System-side: it runs with nobody signed in,
 * makes no family-space check and is used only by scheduled jobs; it returns what every member already sees on
 * the shift pages (titles, times, places, who is on), never a shift's notes.
 */
@Component
public class ShiftsAhead {

    private final CareShiftRepository shifts;

    ShiftsAhead(CareShiftRepository shifts) {
        this.shifts = shifts;
    }

    /**
     * A shift as the digest reads it.
     *
     * @param title as every page names it ("Night shift", "Break for her: a walk")
     * @param breakSheAskedFor a break the mother asked for (not one offered to her and accepted)
     * @param helpers the accounts on it, in the order they signed up
     */
    public record ShiftAhead(UUID shiftId, String title, ShiftKind kind, Instant startsAt, Instant endsAt,
            LocalDate startDay, int capacity, int taken, boolean breakSheAskedFor, List<UUID> helpers) {

        public int placesOpen() {
            return Math.max(0, capacity - taken);
        }
    }

    /** The space's shifts starting on the family's days {@code from} to {@code to}, not cancelled, in one statement. */
    @Transactional(readOnly = true)
    public List<ShiftAhead> startingBetween(UUID spaceId, LocalDate from, LocalDate to) {
        var byShift = new LinkedHashMap<CareShift, List<UUID>>();
        for (var row : shifts.findStartingBetweenWithHelpers(spaceId, from, to)) {
            var helpers = byShift.computeIfAbsent((CareShift) row[0], shift -> new ArrayList<>());
            if (row[1] != null) {
                helpers.add((UUID) row[1]);
            }
        }
        return byShift.entrySet().stream().map(entry -> of(entry.getKey(), entry.getValue())).toList();
    }

    private static ShiftAhead of(CareShift shift, List<UUID> helpers) {
        @Nullable UUID askedBy = shift.getRequestedBy();
        // An accepted offer is recorded as her request with the offerer already on it: it was never an open ask.
        var asked = askedBy != null && shift.getKind() == ShiftKind.RESPITE;
        return new ShiftAhead(shift.getId(), shift.title(), shift.getKind(), shift.getStartsAt(), shift.getEndsAt(),
                shift.getStartDay(), shift.getCapacity(), shift.getTaken(), asked, List.copyOf(helpers));
    }
}
