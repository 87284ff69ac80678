package app.village.shift.ui;

import app.village.base.ui.LivePages;
import app.village.base.ui.SpaceTopic;
import app.village.family.SpaceDetails;
import app.village.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;

/**
 * Keeps a shift part live: while it is attached, it reads again when someone else changes the space's shifts,
 * sign-ups, breaks, offers, handoffs or her sleep window (docs/decisions/live-shift-pages.md).
 */
@SpringComponent
class FollowShifts {

    private final LivePages pages;
    private final CurrentUser currentUser;

    FollowShifts(LivePages pages, CurrentUser currentUser) {
        this.pages = pages;
        this.currentUser = currentUser;
    }

    /** {@code refresh} redraws only what shows data; forms she may be typing in stay as they are. */
    Registration follow(Component part, SpaceDetails space, Runnable refresh) {
        return pages.follow(part, space.id().value(), currentUser.requireAccountId(), Set.of(SpaceTopic.SHIFTS),
                refresh);
    }
}
