package app.village.shift.ui;

import app.village.caretask.FairShareService;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyHomeSection;
import app.village.guide.Callout;
import app.village.guide.GuideCallouts;
import app.village.guide.ui.GuideCallout;
import app.village.shift.BreakService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * On the mother's home page, when she hasn't asked her circle for anything in a week (no break, no task put
 * up for someone else): the guide's reminder that asking is fine. Nobody else sees it.
 */
@SpringComponent
@Order(5)
class FineToAskOnHome implements FamilyHomeSection {

    static final Duration QUIET_FOR = Duration.ofDays(7);

    private final BreakService shifts;
    private final FairShareService fairShares;
    private final GuideCallouts callouts;
    private final Clock clock;

    FineToAskOnHome(BreakService shifts, FairShareService fairShares, GuideCallouts callouts, Clock clock) {
        this.shifts = shifts;
        this.fairShares = fairShares;
        this.callouts = callouts;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(SpaceDetails space) {
        if (!space.can(FamilyPermission.PLAN_OWN_REST)) {
            return Optional.empty();
        }
        return GuideCallout.unlessHidden(Callout.FINE_TO_ASK, callouts)
                .filter(callout -> askedForNothingLately(space))
                .map(Component.class::cast);
    }

    private boolean askedForNothingLately(SpaceDetails space) {
        var since = clock.instant().minus(QUIET_FOR);
        return shifts.breaksAskedSince(space.id(), since) == 0 && fairShares.tasksAskedSince(space.id(), since) == 0;
    }
}
