package app.village.family.ui;

import app.village.family.FamilyPermission;
import app.village.family.QuietWeek;
import app.village.family.SpaceDetails;
import app.village.guide.Callout;
import app.village.guide.GuideCallouts;
import app.village.guide.ui.GuideCallout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * On the mother's home page, when she hasn't asked her circle for anything in a week ({@link QuietWeek}):
 * the guide's reminder that asking is fine. Nobody else sees it.
 */
@SpringComponent
@Order(5)
class FineToAskOnHome implements FamilyHomeSection {

    private final QuietWeek quietWeek;
    private final GuideCallouts callouts;

    FineToAskOnHome(QuietWeek quietWeek, GuideCallouts callouts) {
        this.quietWeek = quietWeek;
        this.callouts = callouts;
    }

    @Override
    public Optional<Component> create(SpaceDetails space) {
        if (!space.can(FamilyPermission.PLAN_OWN_REST)) {
            return Optional.empty();
        }
        return GuideCallout.unlessHidden(Callout.FINE_TO_ASK, callouts)
                .filter(callout -> quietWeek.askedForNothing(space.id()))
                .map(Component.class::cast);
    }
}
