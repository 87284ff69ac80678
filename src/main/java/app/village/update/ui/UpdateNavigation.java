package app.village.update.ui;

import app.village.family.SpaceId;
import app.village.family.ui.FamilyNavigation;

/** The Updates page's route. */
final class UpdateNavigation {

    static final String SPACE_UPDATES = FamilyNavigation.HOME + "/updates";

    private UpdateNavigation() {
    }

    static String updatesPath(SpaceId spaceId) {
        return FamilyNavigation.path(SPACE_UPDATES, FamilyNavigation.space(spaceId));
    }
}
