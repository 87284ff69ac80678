package app.village.shift;

import app.village.base.SystemSide;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A space's coming shifts with who is on them, for the daily digest. System side ({@link SystemSide}): it runs with
 * nobody signed in, makes no family-space check and is used only by scheduled jobs; it returns what every member
 * already sees on the shift pages (titles, times, places, who is on), never a shift's notes.
 */
@SystemSide
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
        var fromAnOffer = new HashSet<UUID>();
        for (var row : shifts.findStartingBetweenWithHelpersAndOffers(spaceId, from, to)) {
            var shift = (CareShift) row[0];
            var helpers = byShift.computeIfAbsent(shift, any -> new ArrayList<>());
            if (row[1] != null) {
                helpers.add((UUID) row[1]);
            }
            if (((Number) row[2]).longValue() > 0) {
                fromAnOffer.add(shift.getId());
            }
        }
        return byShift.entrySet().stream()
                .map(entry -> of(entry.getKey(), entry.getValue(), fromAnOffer.contains(entry.getKey().getId())))
                .toList();
    }

    private static ShiftAhead of(CareShift shift, List<UUID> helpers, boolean fromAnOffer) {
        @Nullable UUID askedBy = shift.getRequestedBy();
        // An accepted offer is recorded as her request too, with the offerer on it: it was never her ask.
        var asked = askedBy != null && shift.getKind() == ShiftKind.RESPITE && !fromAnOffer;
        return new ShiftAhead(shift.getId(), shift.title(), shift.getKind(), shift.getStartsAt(), shift.getEndsAt(),
                shift.getStartDay(), shift.getCapacity(), shift.getTaken(), asked, List.copyOf(helpers));
    }
}
