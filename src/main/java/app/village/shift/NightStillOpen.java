package app.village.shift;

import app.village.family.StillAMember;
import app.village.notification.LetterCheck;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The night ask goes out only while it still makes sense: the night is not cancelled, still has a place open, hasn't
 * started, and the person asked is still in the family. An ask held for her quiet hours while someone else took the
 * night is withdrawn, not sent. System side, with nobody signed in. Subject: the night's shift id.
 */
@Component
class NightStillOpen implements LetterCheck {

    static final String PURPOSE = "night-still-open";

    private final CareShiftRepository shifts;
    private final StillAMember stillAMember;

    NightStillOpen(CareShiftRepository shifts, StillAMember stillAMember) {
        this.shifts = shifts;
        this.stillAMember = stillAMember;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean stillTrue(UUID shiftId, @Nullable UUID recipientAccountId, Instant now) {
        return shifts.findById(shiftId)
                .filter(night -> !night.isCancelled() && night.getTaken() < night.getCapacity()
                        && night.getStartsAt().isAfter(now))
                .filter(night -> stillAMember.stillTrue(night.getSpaceId(), recipientAccountId, now))
                .isPresent();
    }
}
