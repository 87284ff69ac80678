package app.village.shift;

import app.village.base.SystemSide;
import app.village.family.SpaceId;
import app.village.shift.ui.ShiftNavigation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a place on which shift, for the reminder job. System side ({@link SystemSide}): it runs with nobody
 * signed in, so there is no family-space check; it returns only what a reminder to the person on the shift needs.
 */
@SystemSide
@Component
public class PlacesHeld {

    /**
     * One person's place on a shift that is not cancelled.
     *
     * @param path the shift's page inside Village, for the mail's button
     */
    public record Place(UUID shiftId, UUID spaceId, String title, Instant startsAt, UUID accountId, String path) {
    }

    private final CareShiftRepository shifts;
    private final ShiftSignupRepository signups;

    PlacesHeld(CareShiftRepository shifts, ShiftSignupRepository signups) {
        this.shifts = shifts;
        this.signups = signups;
    }

    /** Every place held on a shift starting after {@code from} until {@code to}, in every space, soonest first. */
    @Transactional(readOnly = true)
    public List<Place> startingBetween(Instant from, Instant to) {
        return shifts.findPlacesHeldStartingBetween(from, to).stream()
                .map(row -> place((CareShift) row[0], (UUID) row[1]))
                .toList();
    }

    /** Her place on this shift as it is now; empty when the shift is gone or cancelled or she gave it back. */
    @Transactional(readOnly = true)
    public Optional<Place> now(UUID shiftId, UUID accountId) {
        return shifts.findById(shiftId)
                .filter(shift -> !shift.isCancelled())
                .filter(shift -> signups.findByShiftIdAndAccountId(shiftId, accountId).isPresent())
                .map(shift -> place(shift, accountId));
    }

    private static Place place(CareShift shift, UUID accountId) {
        return new Place(shift.getId(), shift.getSpaceId(), shift.title(), shift.getStartsAt(), accountId,
                ShiftNavigation.shiftPath(SpaceId.of(shift.getSpaceId()), ShiftId.of(shift.getId())));
    }
}
