package app.village.shift;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shifts one person signed up for, for her calendar feed, which her calendar app reads without anyone
 * signed in. The caller has identified her and says which spaces she still belongs to; shifts of other
 * spaces are left out, and so are cancelled ones.
 */
@Component
public class ShiftCalendar {

    private final CareShiftRepository shifts;

    ShiftCalendar(CareShiftRepository shifts) {
        this.shifts = shifts;
    }

    /** Her shifts in {@code spaceIds} that end after {@code from}, soonest first. */
    @Transactional(readOnly = true)
    public List<CalendarShift> signedUpShifts(UUID accountId, Collection<UUID> spaceIds, Instant from) {
        if (spaceIds.isEmpty()) {
            return List.of();
        }
        var spaces = Set.copyOf(spaceIds);
        return shifts.findSignedUpEndingAfter(accountId, from).stream()
                .filter(shift -> spaces.contains(shift.getSpaceId()))
                .map(shift -> new CalendarShift(shift.getId(), shift.getSpaceId(), shift.title(), shift.getNotes(),
                        shift.getStartsAt(), shift.getEndsAt()))
                .toList();
    }

}
