package app.village.caretask.ui;

import app.village.caretask.TaskId;
import app.village.base.ui.EditorMode;
import app.village.family.SpaceId;
import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.Optional;

/** Where the care-task pages live. "today" and "tasks" without a space open the space she used last. */
public final class CareTaskNavigation {

    static final String TASK_ID = "taskId";
    private static final String SPACE = FamilyNavigation.HOME;
    private static final String UUID_PATTERN = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

    static final String TODAY = "today";
    static final String SPACE_TODAY = SPACE + "/today";
    static final String TASKS = "tasks";
    static final String SPACE_TASKS = SPACE + "/tasks";
    static final String NEW_TASK = SPACE + "/tasks/new";
    static final String TASK = SPACE + "/tasks/:" + TASK_ID + UUID_PATTERN;
    /** Which editor opens on a task: the one day, or it and all coming days of its series. */
    static final String EDIT_TASK = TASK + "/" + EditorMode.SEGMENT;

    private CareTaskNavigation() {
    }

    public static String todayPath(SpaceId spaceId) {
        return FamilyNavigation.path(SPACE_TODAY, FamilyNavigation.space(spaceId));
    }

    public static String tasksPath(SpaceId spaceId) {
        return FamilyNavigation.path(SPACE_TASKS, FamilyNavigation.space(spaceId));
    }

    public static String newTaskPath(SpaceId spaceId) {
        return FamilyNavigation.path(NEW_TASK, FamilyNavigation.space(spaceId));
    }

    public static String taskPath(SpaceId spaceId, TaskId taskId) {
        return FamilyNavigation.path(TASK, task(spaceId, taskId));
    }

    static String editPath(SpaceId spaceId, TaskId taskId) {
        return FamilyNavigation.path(EDIT_TASK, editor(spaceId, taskId, EditorMode.ONE_DAY));
    }

    static String editSeriesPath(SpaceId spaceId, TaskId taskId) {
        return FamilyNavigation.path(EDIT_TASK, editor(spaceId, taskId, EditorMode.ALL_COMING_DAYS));
    }

    private static RouteParameters task(SpaceId spaceId, TaskId taskId) {
        return new RouteParameters(Map.of(FamilyNavigation.SPACE_ID, spaceId.toString(), TASK_ID, taskId.toString()));
    }

    private static RouteParameters editor(SpaceId spaceId, TaskId taskId, EditorMode mode) {
        return new RouteParameters(Map.of(FamilyNavigation.SPACE_ID, spaceId.toString(), TASK_ID, taskId.toString(),
                EditorMode.PARAMETER, mode.routeValue()));
    }

    static Optional<TaskId> taskIdFrom(RouteParameters parameters) {
        return parameters.get(TASK_ID).flatMap(FamilyNavigation::parseUuid).map(TaskId::of);
    }
}
