package app.village.caretask.ui;

import app.village.caretask.TaskId;
import app.village.family.SpaceId;
import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;

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

    public static String todayPath(SpaceId spaceId) {
        return FamilyNavigation.homePath(spaceId) + "/today";
    }

    public static String tasksPath(SpaceId spaceId) {
        return FamilyNavigation.homePath(spaceId) + "/tasks";
    }

    public static String newTaskPath(SpaceId spaceId) {
        return tasksPath(spaceId) + "/new";
    }

    public static String taskPath(SpaceId spaceId, TaskId taskId) {
        return tasksPath(spaceId) + "/" + taskId;
    }

    static String editPath(SpaceId spaceId, TaskId taskId) {
        return taskPath(spaceId, taskId) + "/edit";
    }

    static String editSeriesPath(SpaceId spaceId, TaskId taskId) {
        return taskPath(spaceId, taskId) + "/edit-all";
    }

    static Optional<TaskId> taskIdFrom(RouteParameters parameters) {
        return parameters.get(TASK_ID).flatMap(FamilyNavigation::parseUuid).map(TaskId::of);
    }
}
