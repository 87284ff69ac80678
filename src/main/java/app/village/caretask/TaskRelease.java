package app.village.caretask;

import app.village.family.MemberLeft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When someone is no longer in a space, the tasks she had taken on and not finished go back up for the
 * others, and her repeating tasks stop being added in her name. Done tasks keep her name for the record.
 * Runs after her leaving or removal commits, in its own transaction, kept by the event publication registry until
 * done; a deleted account is released inside the deletion's transaction instead, before her account row forgets
 * her as assignee (docs/decisions/membership-events-after-commit.md).
 */
@Component
class TaskRelease {

    private static final Logger log = LoggerFactory.getLogger(TaskRelease.class);

    private final CareTaskRepository tasks;
    private final CareTaskSeriesRepository series;

    TaskRelease(CareTaskRepository tasks, CareTaskSeriesRepository series) {
        this.tasks = tasks;
        this.series = series;
    }

    @ApplicationModuleListener
    void onMemberLeft(MemberLeft left) {
        if (left.why() != MemberLeft.Why.ACCOUNT_DELETED) {
            release(left);
        }
    }

    @EventListener(condition = "#left.why() == T(app.village.family.MemberLeft$Why).ACCOUNT_DELETED")
    @Transactional(propagation = Propagation.MANDATORY)
    void onAccountDeleted(MemberLeft left) {
        release(left);
    }

    private void release(MemberLeft left) {
        int released = tasks.releaseUnfinished(left.spaceId(), left.accountId());
        int repeating = series.release(left.spaceId(), left.accountId());
        log.info("Account {} is no longer in space {} ({}): {} tasks and {} repeating tasks put back up",
                left.accountId(), left.spaceId(), left.why(), released, repeating);
    }
}
