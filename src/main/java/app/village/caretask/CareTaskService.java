package app.village.caretask;

import app.village.account.AccountService;
import app.village.base.PlainText;
import app.village.family.FamilyPermission;
import app.village.family.MemberContext;
import app.village.family.SpaceAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    private final CareTaskRepository tasks;
    private final SpaceAccess access;
    private final AccountService accounts;
    private final Clock clock;

    CareTaskService(CareTaskRepository tasks, SpaceAccess access, AccountService accounts, Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An open task for anyone to claim (owners and organizers). */
    @Transactional
    public UUID create(UUID spaceId, @Valid TaskForm form) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        return tasks.save(new CareTask(spaceId, form, me.accountId(), null, clock.instant())).getId();
    }

    /** A task she will do herself: supporters may add these. */
    @Transactional
    public UUID addMyOwnTask(UUID spaceId, @Valid TaskForm form) {
        var me = access.require(spaceId, FamilyPermission.CLAIM_CARE);
        return tasks.save(new CareTask(spaceId, form, me.accountId(), me.accountId(), clock.instant())).getId();
    }

    /** Changes a task: owners and organizers any task, others only tasks they added. */
    @Transactional
    public void edit(UUID spaceId, UUID taskId, @Valid TaskForm form) {
        var me = access.requireMember(spaceId);
        var task = requireTask(spaceId, taskId);
        requireCanChange(me, task);
        task.apply(form);
    }

    @Transactional
    public void delete(UUID spaceId, UUID taskId) {
        var me = access.requireMember(spaceId);
        var task = requireTask(spaceId, taskId);
        requireCanChange(me, task);
        tasks.delete(task);
    }

    /** All tasks of the space, soonest first; undated ones last. */
    @Transactional(readOnly = true)
    public List<TaskSummary> tasks(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var all = tasks.findBySpaceId(spaceId);
        var people = new HashSet<UUID>();
        all.forEach(task -> {
            if (task.getAssigneeId() != null) {
                people.add(task.getAssigneeId());
            }
        });
        var names = people.isEmpty() ? java.util.Map.<UUID, app.village.account.AccountName>of() : accounts.namesOf(people);
        return all.stream().map(task -> {
            var assignee = task.getAssigneeId();
            var name = assignee == null ? null : names.get(assignee);
            var status = task.isDone() ? TaskStatus.DONE : assignee == null ? TaskStatus.OPEN : TaskStatus.CLAIMED;
            return new TaskSummary(task.getId(), task.getTitle(), task.getCategory(), task.getNotes(), task.getDueDate(),
                    task.getEffortMinutes(), status, name == null ? null : name.displayName(),
                    me.accountId().equals(assignee), task.getDoneNote());
        }).toList();
    }

    /**
     * "I'll do it". When several people tap at the same moment exactly one gets the task; the others are
     * told who took it.
     */
    @Transactional
    public void claim(UUID spaceId, UUID taskId) {
        var me = access.require(spaceId, FamilyPermission.CLAIM_CARE);
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
            task.markDone(me.accountId(), note, clock.instant());
        }
    }

    private CareTask requireTask(UUID spaceId, UUID taskId) {
        return tasks.findByIdAndSpaceId(taskId, spaceId)
                .orElseThrow(() -> new TaskProblem("That task is no longer there."));
    }

    private static void requireCanChange(MemberContext me, CareTask task) {
        if (!me.can(FamilyPermission.MANAGE_CARE) && !me.accountId().equals(task.getCreatedBy())) {
            throw new TaskProblem("Only organizers, or the person who added it, can change this task.");
        }
    }
}
