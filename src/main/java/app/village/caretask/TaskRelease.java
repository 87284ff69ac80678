package app.village.caretask;

import app.village.family.MembershipEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When someone is no longer in a space, the tasks she had taken on and not finished go back up for the
 * others, and her repeating tasks stop being added in her name. Done tasks keep her name for the record.
 * Runs inside the transaction that ended the membership (see docs/decisions/membership-ended-releases-atomically.md),
 * so the two commit together.
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

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onMembershipEnded(MembershipEnded ended) {
        int released = tasks.releaseUnfinished(ended.spaceId(), ended.accountId());
        int repeating = series.release(ended.spaceId(), ended.accountId());
        log.info("Membership of account {} in space {} ended ({}): {} tasks and {} repeating tasks put back up",
                ended.accountId(), ended.spaceId(), ended.reason(), released, repeating);
    }
}
