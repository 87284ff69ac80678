package app.village.shift.ui;

import app.village.family.SpaceId;
import app.village.family.ui.FamilyNavigation;
import app.village.shift.ShiftId;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;

/** Where the shift pages live. "shifts" and "rest" without a space open the space she used last. */
public final class ShiftNavigation {

    static final String SHIFT_ID = "shiftId";
    private static final String SPACE = "family/:" + FamilyNavigation.SPACE_ID;
    private static final String UUID_PATTERN = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

    static final String SHIFTS = "shifts";
    static final String SPACE_SHIFTS = SPACE + "/shifts";
    static final String NEW_SHIFT = SPACE + "/shifts/new";
    static final String SHIFT = SPACE + "/shifts/:" + SHIFT_ID + UUID_PATTERN;
    static final String EDIT_SHIFT = SHIFT + "/edit";
    static final String EDIT_SERIES = SHIFT + "/edit-all";
    static final String REST = "rest";
    static final String SPACE_REST = SPACE + "/rest";
    /**
     * The calendar feed page ({@code calendar.ui.CalendarFeedView}); a plain path because the calendar module
     * builds on shifts, not the other way round.
     */
    static final String CALENDAR_FEED = "calendar-feed";

    private ShiftNavigation() {
    }

    public static String shiftsPath(SpaceId spaceId) {
        return FamilyNavigation.homePath(spaceId) + "/shifts";
    }

    static String newShiftPath(SpaceId spaceId) {
        return shiftsPath(spaceId) + "/new";
    }

    public static String shiftPath(SpaceId spaceId, ShiftId shiftId) {
        return shiftsPath(spaceId) + "/" + shiftId;
    }

    static String editPath(SpaceId spaceId, ShiftId shiftId) {
        return shiftPath(spaceId, shiftId) + "/edit";
    }

    static String editSeriesPath(SpaceId spaceId, ShiftId shiftId) {
        return shiftPath(spaceId, shiftId) + "/edit-all";
    }

    public static String restPath(SpaceId spaceId) {
        return FamilyNavigation.homePath(spaceId) + "/rest";
    }

    static Optional<ShiftId> shiftIdFrom(RouteParameters parameters) {
        return parameters.get(SHIFT_ID).flatMap(FamilyNavigation::parseUuid).map(ShiftId::of);
    }
}
