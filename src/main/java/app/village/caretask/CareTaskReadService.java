package app.village.caretask;

import static app.village.caretask.TaskRules.canChange;
import static app.village.caretask.TaskRules.isTheMother;

import app.village.account.AccountName;
import app.village.account.AccountService;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.MemberContext;
import app.village.family.SpaceAccess;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care tasks of one family space as she reads them: her Today, the task list and its counts, one task's
 * page. Every method checks through {@link SpaceAccess} that the signed-in person belongs to the space; a
 * task id from another space is never found.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CareTaskReadService {

    /** How far back "Today" still shows her own tasks that slipped. */
    static final int OVERDUE_DAYS_SHOWN = 14;
    /** How far ahead "Today" shows what she has taken on. */
    static final int MINE_DAYS_AHEAD = 7;

    private final CareTaskRepository tasks;
    private final CareTaskSeriesRepository series;
    private final TaskListQuery listQuery;
    private final TaskRules rules;
    private final SpaceAccess access;
    private final AccountService accounts;
    private final FamilyService families;

    CareTaskReadService(CareTaskRepository tasks, CareTaskSeriesRepository series, TaskListQuery listQuery,
            TaskRules rules, SpaceAccess access, AccountService accounts, FamilyService families) {
        this.tasks = tasks;
        this.series = series;
        this.listQuery = listQuery;
        this.rules = rules;
        this.access = access;
        this.accounts = accounts;
        this.families = families;
    }

    /** One task with what its page needs; a meal shows the household notes to the person bringing it. */
    @Transactional(readOnly = true)
    public TaskDetails task(UUID spaceId, UUID taskId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var task = rules.requireTask(spaceId, taskId);
        var summary = summarize(List.of(task), me).getFirst();
        var form = TaskForm.once(task.getTitle(), task.getCategory(), Objects.requireNonNullElse(task.getNotes(), ""),
                task.getDueDate(), task.getEffortMinutes()).withTimes(task.getStartTime(), task.getEndTime())
                .withForMother(task.isForMother());
        var rule = task.getSeriesId() == null ? null
                : series.findByIdAndSpaceId(task.getSeriesId(), spaceId).orElse(null);
        var seriesForm = rule == null ? null : rule.toForm(rule.firstDayOnOrAfter(rules.today(me).minusMonths(6)));
        var household = task.getCategory() == TaskCategory.MEALS && (summary.mine() || me.can(FamilyPermission.MANAGE_CARE))
                ? householdNotes(spaceId) : null;
        return new TaskDetails(summary, form, seriesForm, rule == null ? null : rule.describe(), household,
                summary.mayClaim());
    }

    private HouseholdNotes householdNotes(UUID spaceId) {
        var space = families.space(spaceId).settings();
        return new HouseholdNotes(space.dietNotes(), space.dropOffNotes(), space.quietHours(), space.address());
    }

    /**
     * Her "Today": what she has taken on and not done (from two weeks back to a week ahead, then undated),
     * and what is still open today and tomorrow (then undated). A few small indexed queries, whatever the
     * length of the family's history.
     */
    @Transactional(readOnly = true)
    public TodayTasks today(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var today = rules.today(me);
        var limit = Limit.of(TodayTasks.LIMIT);
        var mine = Stream.concat(
                tasks.findMineBetween(spaceId, me.accountId(), today.minusDays(OVERDUE_DAYS_SHOWN),
                        today.plusDays(MINE_DAYS_AHEAD), limit).stream(),
                tasks.findMineUndated(spaceId, me.accountId(), limit).stream()).limit(TodayTasks.LIMIT).toList();
        var open = Stream.concat(
                tasks.findOpenBetween(spaceId, today, today.plusDays(1), limit).stream(),
                tasks.findOpenUndated(spaceId, limit).stream()).limit(TodayTasks.LIMIT).toList();
        // Only an empty "open" list needs to know why it is empty; each check is one indexed look-up.
        var anyTask = !open.isEmpty() || !mine.isEmpty() || tasks.existsBySpaceId(spaceId);
        var anyDueSoon = !open.isEmpty() || anyTask && tasks.existsBySpaceIdAndDueDateBetween(spaceId, today,
                today.plusDays(1));
        return new TodayTasks(today, summarize(mine, me), summarize(open, me), anyTask, anyDueSoon);
    }

    /**
     * What the home page says of Today, in one statement: how many tasks Today lists as hers and as open (tasks
     * for the mother included, as her Today lists them for her to see who takes them on), and what an empty
     * "open" says.
     */
    @Transactional(readOnly = true)
    public TodayCounts todayCounts(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var today = rules.today(me);
        var counts = tasks.countMineAndOpen(spaceId, me.accountId(), today.minusDays(OVERDUE_DAYS_SHOWN),
                today.plusDays(MINE_DAYS_AHEAD), today, today.plusDays(1)).getFirst();
        return new TodayCounts(today, ((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(),
                ((Number) counts[2]).intValue() == 1, ((Number) counts[3]).intValue() == 1);
    }

    /** A page of the full list, every day of a repeating task too, soonest first; undated tasks last. */
    @Transactional(readOnly = true)
    public List<TaskSummary> page(UUID spaceId, TaskFilter filter, int offset, int limit) {
        return page(spaceId, filter, false, offset, limit);
    }

    /**
     * A page of the task list as the list shows it: as {@link #page}, but a repeating task's open days are one
     * entry, its first open day the filter matches; days someone took on or did are each listed.
     */
    @Transactional(readOnly = true)
    public List<TaskSummary> listPage(UUID spaceId, TaskFilter filter, int offset, int limit) {
        return page(spaceId, filter, true, offset, limit);
    }

    private List<TaskSummary> page(UUID spaceId, TaskFilter filter, boolean repeatingOnce, int offset, int limit) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new TaskProblem("That page of the list doesn't exist.");
        }
        return summarize(listQuery.page(spaceId, filter, repeatingOnce, offset, limit), me);
    }

    /**
     * How each repeating task of the list repeats ("Every Mon, Wed, Fri"), by task id; one-off tasks and ids of
     * other spaces are left out. One query, whatever the page holds.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> repeatPatterns(UUID spaceId, Collection<UUID> taskIds) {
        access.require(spaceId, FamilyPermission.VIEW_SPACE);
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        var patterns = new HashMap<UUID, String>();
        series.findSeriesOfTasks(spaceId, taskIds)
                .forEach(found -> patterns.put(found.taskId(), found.series().describe()));
        return patterns;
    }

    /** How many tasks the filter matches. */
    @Transactional(readOnly = true)
    public int count(UUID spaceId, TaskFilter filter) {
        access.require(spaceId, FamilyPermission.VIEW_SPACE);
        return Math.toIntExact(listQuery.count(spaceId, filter, false));
    }

    /** How many entries the task list has for the filter, counted as {@link #listPage} lists them. */
    @Transactional(readOnly = true)
    public int listCount(UUID spaceId, TaskFilter filter) {
        access.require(spaceId, FamilyPermission.VIEW_SPACE);
        return Math.toIntExact(listQuery.count(spaceId, filter, true));
    }

    /** All tasks of the space, soonest first: a convenience for small spaces and tests. */
    @Transactional(readOnly = true)
    public List<TaskSummary> tasks(UUID spaceId) {
        return page(spaceId, TaskFilter.everything(), 0, 500);
    }

    private List<TaskSummary> summarize(List<CareTask> found, MemberContext me) {
        var people = new HashSet<UUID>();
        found.forEach(task -> {
            if (task.getAssigneeId() != null && !task.getAssigneeId().equals(me.accountId())) {
                people.add(task.getAssigneeId());
            }
        });
        Map<UUID, AccountName> names = people.isEmpty() ? Map.of() : accounts.namesOf(people);
        return found.stream().map(task -> summarize(task, me, names)).toList();
    }

    private static TaskSummary summarize(CareTask task, MemberContext me, Map<UUID, AccountName> names) {
        var assignee = task.getAssigneeId();
        var mine = me.accountId().equals(assignee);
        var name = assignee == null ? null : names.get(assignee);
        var status = task.isDone() ? TaskStatus.DONE : assignee == null ? TaskStatus.OPEN : TaskStatus.CLAIMED;
        var mayChange = !task.isDone() && canChange(me, task.getCreatedBy());
        var forMe = task.isForMother() && isTheMother(me);
        var mayClaim = status == TaskStatus.OPEN && me.can(FamilyPermission.CLAIM_CARE) && !forMe;
        return new TaskSummary(task.getId(), task.getTitle(), task.getCategory(), task.getNotes(), task.getDueDate(),
                task.getStartTime(), task.getEndTime(), task.getEffortMinutes(), status,
                mine ? "you" : name == null ? null : name.displayName(), mine, task.getDoneNote(),
                task.getSeriesId() != null, mayChange, task.isForMother(), forMe, mayClaim);
    }
}
