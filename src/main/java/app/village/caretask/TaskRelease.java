package app.village.caretask;

import app.village.family.MemberLeft;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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
 * her as assignee (docs/decisions/membership-events-after-commit.md). Each task put back up is published as
 * {@link TaskHandedBack} by her, in the same transaction (docs/decisions/release-and-roll-publish-events.md).
 */
@Component
class TaskRelease {

    private static final Logger log = LoggerFactory.getLogger(TaskRelease.class);

    private final CareTaskRepository tasks;
    private final CareTaskSeriesRepository series;
    private final ApplicationEventPublisher events;

    TaskRelease(CareTaskRepository tasks, CareTaskSeriesRepository series, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.series = series;
        this.events = events;
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
        for (var row : tasks.findUnfinishedTakenBy(left.spaceId(), left.accountId())) {
            events.publishEvent(new TaskHandedBack(left.spaceId(), (UUID) row[0], left.accountId(),
                    postedBy(left, (UUID) row[1])));
        }
        int released = tasks.releaseUnfinished(left.spaceId(), left.accountId());
        int repeating = series.release(left.spaceId(), left.accountId());
        log.info("Account {} is no longer in space {} ({}): {} tasks and {} repeating tasks put back up",
                left.accountId(), left.spaceId(), left.why(), released, repeating);
    }

    /** Who posted the task, as the bell should see it: nobody once that account is the one being deleted. */
    private static @Nullable UUID postedBy(MemberLeft left, @Nullable UUID createdBy) {
        var deleted = left.why() == MemberLeft.Why.ACCOUNT_DELETED && left.accountId().equals(createdBy);
        return deleted ? null : createdBy;
    }
}
