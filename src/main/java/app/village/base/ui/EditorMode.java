package app.village.base.ui;

import com.vaadin.flow.router.RouteParameters;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which editor a route opens for something that may repeat (a task, a shift): a new one, one day of it, or all
 * its coming days. The mode is the route's {@code editMode} parameter ("edit" or "edit-all"; none means new), so
 * each editor has one route and no page compares path endings.
 * <p>Decision: docs/decisions/editor-mode-from-the-route.md.
 */
public enum EditorMode {
    NEW(null),
    ONE_DAY("edit"),
    ALL_COMING_DAYS("edit-all");

    /** The route parameter that carries the mode. */
    public static final String PARAMETER = "editMode";

    /** The last segment of an editor's route template: one of the two editing modes. */
    public static final String SEGMENT = ":" + PARAMETER + "(edit|edit-all)";

    private final @Nullable String routeValue;

    EditorMode(@Nullable String routeValue) {
        this.routeValue = routeValue;
    }

    /** The value of {@link #PARAMETER} in the route; a new item's route has none. */
    public String routeValue() {
        return Objects.requireNonNull(routeValue, "a new item's route has no edit mode");
    }

    public static EditorMode from(RouteParameters route) {
        return route.get(PARAMETER)
                .map(value -> value.equals(ALL_COMING_DAYS.routeValue) ? ALL_COMING_DAYS : ONE_DAY)
                .orElse(NEW);
    }
}
