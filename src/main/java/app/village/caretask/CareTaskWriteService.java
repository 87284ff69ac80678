package app.village.caretask;

import static app.village.caretask.TaskRules.FOR_HER;
import static app.village.caretask.TaskRules.canChange;
import static app.village.caretask.TaskRules.isTheMother;

import app.village.account.AccountId;
import app.village.account.AccountService;
import app.village.base.PlainText;
import app.village.family.FamilyPermission;
import app.village.family.MemberContext;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import app.village.family.SpaceMemberships;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Changes to the care tasks of one family space: adding, changing and deleting tasks and their repeating
 * series, and taking a task on, handing it back, marking it done. Every method checks through
 * {@link SpaceAccess} that the signed-in person belongs to the space and that her role allows the action; a
 * task id from another space is never found. Each change is published once, in its transaction, as an event
 * ({@link TaskAdded}, {@link TaskClaimed}, …; docs/decisions/domain-events.md).
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class CareTaskWriteService {

    private final CareTaskRepository tasks;
    private final CareTaskSeriesRepository series;
    private final SeriesSkipRepository skips;
    private final TaskRules rules;
    private final SpaceAccess access;
    private final SpaceMemberships memberships;
    private final AccountService accounts;
    private final CareTaskSettings settings;
    private final TaskChangeNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareTaskWriteService(CareTaskRepository tasks, CareTaskSeriesRepository series, SeriesSkipRepository skips,
            TaskRules rules, SpaceAccess access, SpaceMemberships memberships, AccountService accounts,
            CareTaskSettings settings, TaskChangeNotices notices, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.series = series;
        this.skips = skips;
        this.rules = rules;
        this.access = access;
        this.memberships = memberships;
        this.accounts = accounts;
        this.settings = settings;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An open task for anyone to claim (owners and organizers). A repeating one becomes a task for each of
     * its days in the coming weeks; returns the first day's task.
     */
    @Transactional
    public TaskId create(SpaceId spaceId, @Valid TaskForm form) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        return add(me, form, null);
    }

    /** A task she will do herself: supporters may add these, repeating ones too. */
    @Transactional
    public TaskId addMyOwnTask(SpaceId spaceId, @Valid TaskForm form) {
        var me = access.require(spaceId, FamilyPermission.CLAIM_CARE);
        if (form.forMother() && isTheMother(me)) {
            throw new TaskProblem(FOR_HER);
        }
        return add(me, form, me.accountId());
    }

    private TaskId add(MemberContext me, TaskForm form, @Nullable UUID assignee) {
        var now = clock.instant();
        if (!form.repeats()) {
            var task = tasks.save(new CareTask(me.spaceId(), form, me.accountId(), assignee, now));
            events.publishEvent(new TaskAdded(me.spaceId(), List.of(task.getId()), me.accountId()));
            return TaskId.of(task.getId());
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
        events.publishEvent(new TaskAdded(me.spaceId(), created.stream().map(CareTask::getId).toList(), me.accountId()));
        return TaskId.of(created.getFirst().getId());
    }

    /** Changes one task (for a repeating task, this day only). Done tasks keep their record. */
    @Transactional
    public void edit(SpaceId spaceId, TaskId taskId, @Valid TaskForm form) {
        var me = access.requireMember(spaceId);
        var task = rules.requireTask(spaceId, taskId);
        requireCanChange(me, task.getCreatedBy());
        requireNotDone(task);
        var seriesId = task.getSeriesId();
        var oldDay = task.getDueDate();
        if (seriesId != null && oldDay != null && !oldDay.equals(form.dueDate())) {
            skip(seriesId, oldDay);
            task.detachFromSeries();
        }
        notices.around(me, told -> told.beforeMove(task, form.dueDate(), form.startTime()));
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
    public void editSeries(SpaceId spaceId, TaskId taskId, @Valid TaskForm form) {
        var me = access.requireMember(spaceId);
        var rule = requireSeriesOf(spaceId, rules.requireTask(spaceId, taskId));
        requireCanChange(me, rule.getCreatedBy());
        if (!form.repeats()) {
            throw new TaskProblem("To stop a repeating task, choose \"Stop repeating\" instead.");
        }
        var today = rules.today(me);
        // Never short of how far the days already reach (the roll-forward may be a day ahead of her zone).
        var horizon = later(later(horizon(me), Objects.requireNonNull(form.dueDate()).plusDays(30)),
                rule.getGeneratedThrough());
        rule.apply(form);
        var coming = new TreeMap<LocalDate, CareTask>(); // by day, so events list the days soonest first
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
        // One letter per person for the whole edit, however many days it moves or takes off the list.
        notices.around(me, told -> {
            for (var day : rule.daysBetween(today, horizon)) {
                var existing = coming.remove(day);
                if (existing != null) {
                    told.beforeMove(existing, existing.getDueDate(), rule.getStartTime());
                    existing.follow(rule);
                } else if (!leaveAlone.contains(day)) { // done or skipped days stay as they are
                    told.added(tasks.save(new CareTask(rule, day, now)));
                }
            }
            coming.values().forEach(told::deleted);
        });
        tasks.deleteAll(coming.values());
        rule.generatedThrough(horizon);
    }

    /** Deletes one task (for a repeating task, this day only). */
    @Transactional
    public void delete(SpaceId spaceId, TaskId taskId) {
        var me = access.requireMember(spaceId);
        var task = rules.requireTask(spaceId, taskId);
        requireCanChange(me, task.getCreatedBy());
        if (task.getSeriesId() != null && task.getDueDate() != null) {
            skip(task.getSeriesId(), task.getDueDate());
        }
        notices.around(me, told -> told.deleted(task));
        tasks.delete(task);
    }

    /**
     * Ends a repeating task: this day (or today, if this day is past) and the coming days that aren't done
     * go; what was done stays in the history.
     */
    @Transactional
    public void stopRepeating(SpaceId spaceId, TaskId taskId) {
        var me = access.requireMember(spaceId);
        var task = rules.requireTask(spaceId, taskId);
        var rule = requireSeriesOf(spaceId, task);
        requireCanChange(me, rule.getCreatedBy());
        var from = later(rules.today(me), Objects.requireNonNull(task.getDueDate()));
        rule.endBefore(from);
        var gone = tasks.findComingInSeries(rule.getId(), from).stream().filter(t -> !t.isDone()).toList();
        notices.around(me, told -> gone.forEach(told::deleted));
        tasks.deleteAll(gone);
    }

    /**
     * "I'll do it". When several people tap at the same moment exactly one gets the task; the others are
     * told who took it.
     */
    @Transactional
    public void claim(SpaceId spaceId, TaskId taskId) {
        var me = access.require(spaceId, FamilyPermission.CLAIM_CARE);
        if (isTheMother(me) && rules.requireTask(spaceId, taskId).isForMother()) {
            throw new TaskProblem(FOR_HER);
        }
        // Her leaving, if under way, puts her tasks back up before it commits and would miss this one: it is
        // waited for here (and refuses), or it waits for this claim and then puts this task back up too.
        memberships.holdMembership(spaceId, AccountId.of(me.accountId()));
        if (tasks.claimIfOpen(taskId.value(), spaceId.value(), me.accountId()) == 1) {
            var claimed = rules.requireTask(spaceId, taskId);
            events.publishEvent(new TaskClaimed(spaceId.value(), taskId.value(), me.accountId(), claimed.getCreatedBy()));
            return;
        }
        var task = rules.requireTask(spaceId, taskId);
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
    public void handBack(SpaceId spaceId, TaskId taskId) {
        var me = access.requireMember(spaceId);
        var task = rules.requireTask(spaceId, taskId);
        if (!me.accountId().equals(task.getAssigneeId()) || task.isDone()) {
            throw new TaskProblem("Only the person who took this task on can hand it back.");
        }
        task.handBack();
        events.publishEvent(new TaskHandedBack(spaceId.value(), taskId.value(), me.accountId(), task.getCreatedBy()));
    }

    /** Marks a task done, optionally with a short note ("left the soup in the fridge"). */
    @Transactional
    public void markDone(SpaceId spaceId, TaskId taskId,
            @Nullable @PlainText
            @Size(max = CareTask.DONE_NOTE_MAX, message = "Please keep the note to 500 characters or fewer.")
            String note) {
        var me = access.requireMember(spaceId);
        var task = rules.requireTask(spaceId, taskId);
        if (!me.accountId().equals(task.getAssigneeId())) {
            throw new TaskProblem("Take the task on first, then mark it done.");
        }
        if (!task.isDone()) {
            task.markDone(me.accountId(), note, clock.instant(), me.zone());
            events.publishEvent(new TaskDone(spaceId.value(), taskId.value(), me.accountId(), task.getCreatedBy()));
        }
    }

    private LocalDate horizon(MemberContext me) {
        return rules.today(me).plusDays(settings.daysAhead());
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private CareTaskSeries requireSeriesOf(SpaceId spaceId, CareTask task) {
        var seriesId = task.getSeriesId();
        if (seriesId == null) {
            throw new TaskProblem("This task doesn't repeat.");
        }
        return series.findByIdAndSpaceId(seriesId, spaceId.value())
                .orElseThrow(() -> new TaskProblem("That task is no longer there."));
    }

    private static void requireNotDone(CareTask task) {
        if (task.isDone()) {
            throw new TaskProblem("This task is done; its record stays as it was.");
        }
    }

    private static void requireCanChange(MemberContext me, @Nullable UUID createdBy) {
        if (!canChange(me, createdBy)) {
            throw new TaskProblem("Only organizers, or the person who added it, can change this task.");
        }
    }
}
