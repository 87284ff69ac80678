package app.village.caretask;

import app.village.account.AccountName;
import app.village.account.AccountService;
import app.village.base.PlainText;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.MemberContext;
import app.village.family.SpaceAccess;
import app.village.family.SpaceMemberships;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Care tasks of one family space. Every method checks through {@link SpaceAccess} that the signed-in person
 * belongs to the space and that her role allows the action; a task id from another space is never found.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class CareTaskService {

    /** How far back "Today" still shows her own tasks that slipped. */
    static final int OVERDUE_DAYS_SHOWN = 14;
    /** How far ahead "Today" shows what she has taken on. */
    static final int MINE_DAYS_AHEAD = 7;
    private static final String FOR_HER = "This one is for you: someone else takes it on.";

    private final CareTaskRepository tasks;
    private final CareTaskSeriesRepository series;
    private final SeriesSkipRepository skips;
    private final TaskListQuery listQuery;
    private final SpaceAccess access;
    private final SpaceMemberships memberships;
    private final AccountService accounts;
    private final FamilyService families;
    private final CareTaskSettings settings;
    private final Clock clock;

    CareTaskService(CareTaskRepository tasks, CareTaskSeriesRepository series, SeriesSkipRepository skips,
            TaskListQuery listQuery,
            SpaceAccess access, SpaceMemberships memberships, AccountService accounts, FamilyService families,
            CareTaskSettings settings, Clock clock) {
        this.tasks = tasks;
        this.series = series;
        this.skips = skips;
        this.listQuery = listQuery;
        this.access = access;
        this.memberships = memberships;
        this.accounts = accounts;
        this.families = families;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * An open task for anyone to claim (owners and organizers). A repeating one becomes a task for each of
     * its days in the coming weeks; returns the first day's task.
     */
    @Transactional
    public UUID create(UUID spaceId, @Valid TaskForm form) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        return add(me, form, null);
    }

    /** A task she will do herself: supporters may add these, repeating ones too. */
    @Transactional
    public UUID addMyOwnTask(UUID spaceId, @Valid TaskForm form) {
        var me = access.require(spaceId, FamilyPermission.CLAIM_CARE);
        if (form.forMother() && isTheMother(me)) {
            throw new TaskProblem(FOR_HER);
        }
        return add(me, form, me.accountId());
    }

    private UUID add(MemberContext me, TaskForm form, @Nullable UUID assignee) {
        var now = clock.instant();
        if (!form.repeats()) {
            return tasks.save(new CareTask(me.spaceId(), form, me.accountId(), assignee, now)).getId();
        }
        var newSeries = series.save(new CareTaskSeries(me.spaceId(), form, me.accountId(), assignee, now));
        // At least a month past the first day, so even a late start or an every-30-days rule has its first day.
        var horizon = later(horizon(me), Objects.requireNonNull(form.dueDate()).plusDays(30));
        var created = newSeries.nextDaysThrough(horizon).stream()
                .map(day -> tasks.save(new CareTask(newSeries, day, now)))
                .toList();
        if (created.isEmpty()) {
            throw new TaskProblem("No day between the first and the last day fits this pattern.");
        }
        return created.getFirst().getId();
    }

    /** Changes one task (for a repeating task, this day only). Done tasks keep their record. */
    @Transactional
    public void edit(UUID spaceId, UUID taskId, @Valid TaskForm form) {
        var me = access.requireMember(spaceId);
        var task = requireTask(spaceId, taskId);
        requireCanChange(me, task.getCreatedBy());
        requireNotDone(task);
        var seriesId = task.getSeriesId();
        var oldDay = task.getDueDate();
        if (seriesId != null && oldDay != null && !oldDay.equals(form.dueDate())) {
            skip(seriesId, oldDay);
            task.detachFromSeries();
        }
        task.apply(form);
    }

    /** Remembers that a series day was deleted or moved, so a later change to the series doesn't bring it back. */
    private void skip(UUID seriesId, LocalDate day) {
        skips.save(new SeriesSkip(seriesId, day));
    }

    /**
     * Changes a repeating task from today on: its coming days take the new wording and rule, and keep
     * whoever took them on where the day still exists. Done days and days before today stay as they were.
     */
    @Transactional
    public void editSeries(UUID spaceId, UUID taskId, @Valid TaskForm form) {
        var me = access.requireMember(spaceId);
        var rule = requireSeriesOf(spaceId, requireTask(spaceId, taskId));
        requireCanChange(me, rule.getCreatedBy());
        if (!form.repeats()) {
            throw new TaskProblem("To stop a repeating task, choose \"Stop repeating\" instead.");
        }
        var today = today(me);
        // Never short of how far the days already reach (the roll-forward may be a day ahead of her zone).
        var horizon = later(later(horizon(me), Objects.requireNonNull(form.dueDate()).plusDays(30)),
                rule.getGeneratedThrough());
        rule.apply(form);
        var coming = new HashMap<LocalDate, CareTask>();
        var leaveAlone = new HashSet<LocalDate>();
        skips.findBySeriesId(rule.getId()).forEach(skipped -> leaveAlone.add(skipped.day()));
        for (var task : tasks.findComingInSeries(rule.getId(), today)) {
            if (task.isDone()) {
                leaveAlone.add(task.getDueDate());
            } else {
                coming.put(task.getDueDate(), task);
            }
        }
        var now = clock.instant();
        for (var day : rule.daysBetween(today, horizon)) {
            var existing = coming.remove(day);
            if (existing != null) {
                existing.follow(rule);
            } else if (!leaveAlone.contains(day)) { // done or skipped days stay as they are
                tasks.save(new CareTask(rule, day, now));
            }
        }
        tasks.deleteAll(coming.values());
        rule.generatedThrough(horizon);
    }

    /** Deletes one task (for a repeating task, this day only). */
    @Transactional
    public void delete(UUID spaceId, UUID taskId) {
        var me = access.requireMember(spaceId);
        var task = requireTask(spaceId, taskId);
        requireCanChange(me, task.getCreatedBy());
        if (task.getSeriesId() != null && task.getDueDate() != null) {
            skip(task.getSeriesId(), task.getDueDate());
        }
        tasks.delete(task);
    }

    /**
     * Ends a repeating task: this day (or today, if this day is past) and the coming days that aren't done
     * go; what was done stays in the history.
     */
    @Transactional
    public void stopRepeating(UUID spaceId, UUID taskId) {
        var me = access.requireMember(spaceId);
        var task = requireTask(spaceId, taskId);
        var rule = requireSeriesOf(spaceId, task);
        requireCanChange(me, rule.getCreatedBy());
        var from = later(today(me), Objects.requireNonNull(task.getDueDate()));
        rule.endBefore(from);
        tasks.deleteAll(tasks.findComingInSeries(rule.getId(), from).stream().filter(t -> !t.isDone()).toList());
    }

    /** One task with what its page needs; a meal shows the household notes to the person bringing it. */
    @Transactional(readOnly = true)
    public TaskDetails task(UUID spaceId, UUID taskId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var task = requireTask(spaceId, taskId);
        var summary = summarize(List.of(task), me).getFirst();
        var form = TaskForm.once(task.getTitle(), task.getCategory(), Objects.requireNonNullElse(task.getNotes(), ""),
                task.getDueDate(), task.getEffortMinutes()).withTimes(task.getStartTime(), task.getEndTime())
                .withForMother(task.isForMother());
        var rule = task.getSeriesId() == null ? null
                : series.findByIdAndSpaceId(task.getSeriesId(), spaceId).orElse(null);
        var seriesForm = rule == null ? null : rule.toForm(rule.firstDayOnOrAfter(today(me).minusMonths(6)));
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
        var today = today(me);
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
        var today = today(me);
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
    public Map<UUID, String> repeatPatterns(UUID spaceId, java.util.Collection<UUID> taskIds) {
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

    /**
     * Effort-minutes done by each current member in the last 7 and 30 days; night work counts double. Tasks
     * done for the mother never count in her own share (she is not asked to do them).
     */
    @Transactional(readOnly = true)
    public FairShare fairShare(UUID spaceId) {
        access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var now = clock.instant();
        var members = families.members(spaceId);
        var mothers = new HashSet<UUID>();
        members.stream().filter(m -> FamilyPermission.PLAN_OWN_REST.allows(m.role(), false))
                .forEach(m -> mothers.add(m.accountId()));
        var week = new HashMap<UUID, Integer>();
        var month = new HashMap<UUID, Integer>();
        for (var row : tasks.sumDoneMinutes(spaceId, now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(30)))) {
            var person = (UUID) row[0];
            if (Boolean.TRUE.equals(row[1]) && mothers.contains(person)) {
                continue;
            }
            week.merge(person, ((Number) row[2]).intValue(), Integer::sum);
            month.merge(person, ((Number) row[3]).intValue(), Integer::sum);
        }
        var byMinutes = Comparator.comparingInt(FairShare.Share::minutes).reversed()
                .thenComparing(FairShare.Share::name);
        return new FairShare(
                members.stream().map(m -> new FairShare.Share(m.accountId(), m.displayName(), m.isMe(),
                        week.getOrDefault(m.accountId(), 0))).sorted(byMinutes).toList(),
                members.stream().map(m -> new FairShare.Share(m.accountId(), m.displayName(), m.isMe(),
                        month.getOrDefault(m.accountId(), 0))).sorted(byMinutes).toList());
    }

    /**
     * How many tasks the signed-in person put up for her circle since {@code since}: one-off tasks and
     * repeating ones (counted once, however many days they have). Tasks she added for herself are not asking.
     */
    @Transactional(readOnly = true)
    public long tasksAskedSince(UUID spaceId, Instant since) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        return tasks.countAskedByWithSeries(spaceId, me.accountId(), since);
    }

    /**
     * "I'll do it". When several people tap at the same moment exactly one gets the task; the others are
     * told who took it.
     */
    @Transactional
    public void claim(UUID spaceId, UUID taskId) {
        var me = access.require(spaceId, FamilyPermission.CLAIM_CARE);
        if (isTheMother(me) && requireTask(spaceId, taskId).isForMother()) {
            throw new TaskProblem(FOR_HER);
        }
        // Her leaving, if under way, puts her tasks back up before it commits and would miss this one: it is
        // waited for here (and refuses), or it waits for this claim and then puts this task back up too.
        memberships.holdMembership(spaceId, me.accountId());
        if (tasks.claimIfOpen(taskId, spaceId, me.accountId()) == 1) {
            return;
        }
        var task = requireTask(spaceId, taskId);
        if (task.isDone()) {
            throw new TaskProblem("This task is already done.");
        }
        var holder = Objects.requireNonNull(task.getAssigneeId());
        if (holder.equals(me.accountId())) {
            return;
        }
        var name = accounts.namesOf(List.of(holder)).get(holder);
        throw new AlreadyTakenException(name == null ? "Someone" : name.displayName());
    }

    /** The person who took a task gives it back to the open list. */
    @Transactional
    public void handBack(UUID spaceId, UUID taskId) {
        var me = access.requireMember(spaceId);
        var task = requireTask(spaceId, taskId);
        if (!me.accountId().equals(task.getAssigneeId()) || task.isDone()) {
            throw new TaskProblem("Only the person who took this task on can hand it back.");
        }
        task.handBack();
    }

    /** Marks a task done, optionally with a short note ("left the soup in the fridge"). */
    @Transactional
    public void markDone(UUID spaceId, UUID taskId,
            @Nullable @PlainText
            @Size(max = CareTask.DONE_NOTE_MAX, message = "Please keep the note to 500 characters or fewer.")
            String note) {
        var me = access.requireMember(spaceId);
        var task = requireTask(spaceId, taskId);
        if (!me.accountId().equals(task.getAssigneeId())) {
            throw new TaskProblem("Take the task on first, then mark it done.");
        }
        if (!task.isDone()) {
            task.markDone(me.accountId(), note, clock.instant(), me.zone());
        }
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

    /** The mother is whoever plans her own rest in the space (FamilyPermission.PLAN_OWN_REST). */
    private static boolean isTheMother(MemberContext me) {
        return me.can(FamilyPermission.PLAN_OWN_REST);
    }

    private LocalDate today(MemberContext me) {
        return clock.instant().atZone(me.zone()).toLocalDate();
    }

    private LocalDate horizon(MemberContext me) {
        return today(me).plusDays(settings.daysAhead());
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private CareTask requireTask(UUID spaceId, UUID taskId) {
        return tasks.findByIdAndSpaceId(taskId, spaceId)
                .orElseThrow(() -> new TaskProblem("That task is no longer there."));
    }

    private CareTaskSeries requireSeriesOf(UUID spaceId, CareTask task) {
        var seriesId = task.getSeriesId();
        if (seriesId == null) {
            throw new TaskProblem("This task doesn't repeat.");
        }
        return series.findByIdAndSpaceId(seriesId, spaceId)
                .orElseThrow(() -> new TaskProblem("That task is no longer there."));
    }

    private static void requireNotDone(CareTask task) {
        if (task.isDone()) {
            throw new TaskProblem("This task is done; its record stays as it was.");
        }
    }

    private static boolean canChange(MemberContext me, @Nullable UUID createdBy) {
        return me.can(FamilyPermission.MANAGE_CARE) || me.accountId().equals(createdBy);
    }

    private static void requireCanChange(MemberContext me, @Nullable UUID createdBy) {
        if (!canChange(me, createdBy)) {
            throw new TaskProblem("Only organizers, or the person who added it, can change this task.");
        }
    }
}
