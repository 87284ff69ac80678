package app.village.caretask.ui;

import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.UUID;

/** Where the care-task pages live. "today" and "tasks" without a space open the space she used last. */
public final class CareTaskNavigation {

    static final String TASK_ID = "taskId";
    private static final String SPACE = "family/:" + FamilyNavigation.SPACE_ID;
    private static final String UUID_PATTERN = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

    static final String TODAY = "today";
    static final String SPACE_TODAY = SPACE + "/today";
    static final String TASKS = "tasks";
    static final String SPACE_TASKS = SPACE + "/tasks";
    static final String NEW_TASK = SPACE + "/tasks/new";
    static final String TASK = SPACE + "/tasks/:" + TASK_ID + UUID_PATTERN;
    static final String EDIT_TASK = TASK + "/edit";
    static final String EDIT_SERIES = TASK + "/edit-all";

    private CareTaskNavigation() {
    }

    public static String todayPath(UUID spaceId) {
        return FamilyNavigation.homePath(spaceId) + "/today";
    }

    public static String tasksPath(UUID spaceId) {
        return FamilyNavigation.homePath(spaceId) + "/tasks";
    }

    public static String newTaskPath(UUID spaceId) {
        return tasksPath(spaceId) + "/new";
    }

    public static String taskPath(UUID spaceId, UUID taskId) {
        return tasksPath(spaceId) + "/" + taskId;
    }

    static String editPath(UUID spaceId, UUID taskId) {
        return taskPath(spaceId, taskId) + "/edit";
    }

    static String editSeriesPath(UUID spaceId, UUID taskId) {
        return taskPath(spaceId, taskId) + "/edit-all";
    }

    static Optional<UUID> taskIdFrom(RouteParameters parameters) {
        return parameters.get(TASK_ID).flatMap(FamilyNavigation::parseUuid);
    }
}
