package app.village.shift.ui;

import app.village.base.ui.EditorMode;
import app.village.family.SpaceId;
import app.village.family.ui.FamilyNavigation;
import app.village.shift.ShiftId;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.Optional;

/** Where the shift pages live. "shifts" and "rest" without a space open the space she used last. */
public final class ShiftNavigation {

    static final String SHIFT_ID = "shiftId";
    private static final String SPACE = FamilyNavigation.HOME;
    private static final String UUID_PATTERN = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

    static final String SHIFTS = "shifts";
    static final String SPACE_SHIFTS = SPACE + "/shifts";
    static final String NEW_SHIFT = SPACE + "/shifts/new";
    static final String SHIFT = SPACE + "/shifts/:" + SHIFT_ID + UUID_PATTERN;
    /** Which editor opens on a shift: the one day, or it and all coming days of its series. */
    static final String EDIT_SHIFT = SHIFT + "/" + EditorMode.SEGMENT;
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
        return FamilyNavigation.path(SPACE_SHIFTS, FamilyNavigation.space(spaceId));
    }

    static String newShiftPath(SpaceId spaceId) {
        return FamilyNavigation.path(NEW_SHIFT, FamilyNavigation.space(spaceId));
    }

    public static String shiftPath(SpaceId spaceId, ShiftId shiftId) {
        return FamilyNavigation.path(SHIFT, shift(spaceId, shiftId));
    }

    static String editPath(SpaceId spaceId, ShiftId shiftId) {
        return FamilyNavigation.path(EDIT_SHIFT, editor(spaceId, shiftId, EditorMode.ONE_DAY));
    }

    static String editSeriesPath(SpaceId spaceId, ShiftId shiftId) {
        return FamilyNavigation.path(EDIT_SHIFT, editor(spaceId, shiftId, EditorMode.ALL_COMING_DAYS));
    }

    public static String restPath(SpaceId spaceId) {
        return FamilyNavigation.path(SPACE_REST, FamilyNavigation.space(spaceId));
    }

    private static RouteParameters shift(SpaceId spaceId, ShiftId shiftId) {
        return new RouteParameters(Map.of(FamilyNavigation.SPACE_ID, spaceId.toString(), SHIFT_ID, shiftId.toString()));
    }

    private static RouteParameters editor(SpaceId spaceId, ShiftId shiftId, EditorMode mode) {
        return new RouteParameters(Map.of(FamilyNavigation.SPACE_ID, spaceId.toString(), SHIFT_ID, shiftId.toString(),
                EditorMode.PARAMETER, mode.routeValue()));
    }

    static Optional<ShiftId> shiftIdFrom(RouteParameters parameters) {
        return parameters.get(SHIFT_ID).flatMap(FamilyNavigation::parseUuid).map(ShiftId::of);
    }
}
