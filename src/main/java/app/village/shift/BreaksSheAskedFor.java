package app.village.shift;

import app.village.family.AskingForHelp;
import app.village.family.SpaceId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A break she asks for is asking for help; one offered to her and accepted is not. */
@Component
class BreaksSheAskedFor implements AskingForHelp {

    private final BreakService shifts;

    BreaksSheAskedFor(BreakService shifts) {
        this.shifts = shifts;
    }

    @Override
    public long askedSince(SpaceId spaceId, Instant since) {
        return shifts.breaksAskedSince(spaceId, since);
    }
}
