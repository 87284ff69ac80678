package app.village.shift;

import app.village.family.FamilyPermission;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Handoffs: what the helper on a shift leaves for the next person and the mother. A shift's own handoffs come
 * with the shift ({@link ShiftService#shift}). Every method checks through {@link SpaceAccess} that the
 * signed-in person belongs to the space and may do the action.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class HandoffService {

    private final HandoffNoteRepository handoffs;
    private final CareShiftRepository shifts;
    private final ShiftSignupRepository signups;
    private final PeopleNames people;
    private final SpaceAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoffService(HandoffNoteRepository handoffs, CareShiftRepository shifts, ShiftSignupRepository signups,
            PeopleNames people, SpaceAccess access, ApplicationEventPublisher events, Clock clock) {
        this.handoffs = handoffs;
        this.shifts = shifts;
        this.signups = signups;
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The helper on a shift leaves a handoff for the next person and the mother. */
    @Transactional
    public void writeHandoff(SpaceId spaceId, ShiftId shiftId, @Valid HandoffForm form) {
        var me = access.requireMember(spaceId);
        var shift = shifts.requireInSpace(spaceId.value(), shiftId.value());
        if (signups.findByShiftIdAndAccountId(shiftId.value(), me.accountId()).isEmpty()) {
            throw new ShiftProblem("Only someone on this shift can write its handoff.");
        }
        var note = handoffs.save(new HandoffNote(shift, me.accountId(), form, clock.instant()));
        var onTheShift = signups.findByShiftId(shiftId.value()).stream().map(ShiftSignup::getAccountId).toList();
        events.publishEvent(new HandoffWritten(spaceId.value(), shiftId.value(), note.getId(), me.accountId(), onTheShift));
    }

    /** The newest handoffs in the space, newest first: what the mother and the next helper read. */
    @Transactional(readOnly = true)
    public List<Handoff> latestHandoffs(SpaceId spaceId, int howMany) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var found = handoffs.findLatest(spaceId.value(), clock.instant(), Limit.of(Math.clamp(howMany, 1, 20)));
        var names = people.of(found.stream().map(HandoffNote::getAuthorId).filter(Objects::nonNull).toList());
        return found.stream().map(note -> Handoff.of(note, names, me.zone())).toList();
    }
}
