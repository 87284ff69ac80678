package app.village.caretask.ui;

import app.village.base.NoLongerAvailableException;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Finds the space a care-task page is about. */
final class SpacePages {

    private SpacePages() {
    }

    /**
     * The space in the route; or, on the short routes ("today", "tasks") from the bottom bar, the space she
     * used last. Without any space she goes to the start page, which helps her make or join one.
     */
    static Optional<SpaceDetails> spaceFor(BeforeEnterEvent event, FamilyService families) {
        if (event.getRouteParameters().get(FamilyNavigation.SPACE_ID).isPresent()) {
            return FamilyNavigation.spaceFor(event, families::openSpace);
        }
        var lastUsed = families.lastUsedSpace();
        if (lastUsed.isPresent()) {
            try {
                return Optional.of(families.openSpace(lastUsed.get()));
            } catch (NoLongerAvailableException gone) {
                // fall through to the start page
            }
        }
        event.forwardTo("");
        return Optional.empty();
    }
}
