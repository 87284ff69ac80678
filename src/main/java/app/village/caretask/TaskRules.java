package app.village.caretask;

import app.village.family.FamilyPermission;
import app.village.family.MemberContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the care task services share, so the reading and the writing side agree: finding a task in a space,
 * her "today" in the family's zone, and who may change or take on a task.
 */
@Component
class TaskRules {

    static final String FOR_HER = "This one is for you: someone else takes it on.";

    private final CareTaskRepository tasks;
    private final Clock clock;

    TaskRules(CareTaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A task of this space; a task id from another space is never found. */
    CareTask requireTask(UUID spaceId, UUID taskId) {
        return tasks.findByIdAndSpaceId(taskId, spaceId)
                .orElseThrow(() -> new TaskProblem("That task is no longer there."));
    }

    LocalDate today(MemberContext me) {
        return clock.instant().atZone(me.zone()).toLocalDate();
    }

    /** The mother is whoever plans her own rest in the space (FamilyPermission.PLAN_OWN_REST). */
    static boolean isTheMother(MemberContext me) {
        return me.can(FamilyPermission.PLAN_OWN_REST);
    }

    static boolean canChange(MemberContext me, @Nullable UUID createdBy) {
        return me.can(FamilyPermission.MANAGE_CARE) || me.accountId().equals(createdBy);
    }
}
