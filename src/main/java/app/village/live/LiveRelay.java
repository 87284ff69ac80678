package app.village.live;

import app.village.base.ui.LivePages;
import app.village.base.ui.SpaceTopic;
import app.village.caretask.TaskAdded;
import app.village.caretask.TaskChanged;
import app.village.caretask.TaskClaimed;
import app.village.caretask.TaskDeleted;
import app.village.caretask.TaskDone;
import app.village.caretask.TaskHandedBack;
import app.village.family.InvitationsChanged;
import app.village.family.MemberJoined;
import app.village.family.MemberLeft;
import app.village.family.RoleChanged;
import app.village.family.SpaceChanged;
import app.village.family.SpaceDeleted;
import app.village.shift.BreakAsked;
import app.village.shift.HandoffWritten;
import app.village.shift.OfferAccepted;
import app.village.shift.OfferClosed;
import app.village.shift.OfferMade;
import app.village.shift.ShiftAdded;
import app.village.shift.ShiftCancelled;
import app.village.shift.ShiftChanged;
import app.village.shift.ShiftSignedUp;
import app.village.shift.ShiftWithdrawn;
import app.village.shift.SleepWindowChanged;
import app.village.update.UpdateChanged;
import app.village.update.UpdateDeleted;
import app.village.update.UpdateHearted;
import app.village.update.UpdatePinned;
import app.village.update.UpdatePosted;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open pages of a space what changed there. It listens in the publishing transaction and speaks only
 * after it commits, so a page never reads a change that is rolled back. A page that missed a change (the app
 * stopped in between) reads afresh when she opens it, so these events need no publication record, unlike mail
 * and the bell.
 */
@Component
class LiveRelay {

    private final LivePages pages;

    LiveRelay(LivePages pages) {
        this.pages = pages;
    }

    @EventListener
    void on(TaskAdded event) {
        tasks(event.spaceId(), event.by());
    }

    @EventListener
    void on(TaskClaimed event) {
        tasks(event.spaceId(), event.by());
    }

    @EventListener
    void on(TaskHandedBack event) {
        tasks(event.spaceId(), event.by());
    }

    @EventListener
    void on(TaskDone event) {
        tasks(event.spaceId(), event.by());
    }

    @EventListener
    void on(TaskChanged event) {
        tasks(event.spaceId(), event.by());
    }

    @EventListener
    void on(TaskDeleted event) {
        tasks(event.spaceId(), event.by());
    }

    @EventListener
    void on(ShiftAdded event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(ShiftChanged event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(ShiftCancelled event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(ShiftSignedUp event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(ShiftWithdrawn event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(BreakAsked event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(OfferMade event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(OfferAccepted event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(OfferClosed event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(HandoffWritten event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(SleepWindowChanged event) {
        shifts(event.spaceId(), event.by());
    }

    @EventListener
    void on(UpdatePosted event) {
        updates(event.spaceId(), event.by());
    }

    @EventListener
    void on(UpdateChanged event) {
        updates(event.spaceId(), event.by());
    }

    @EventListener
    void on(UpdateDeleted event) {
        updates(event.spaceId(), event.by());
    }

    @EventListener
    void on(UpdatePinned event) {
        updates(event.spaceId(), event.by());
    }

    @EventListener
    void on(UpdateHearted event) {
        updates(event.spaceId(), event.by());
    }

    @EventListener
    void on(MemberJoined event) {
        afterCommit(event.spaceId(), SpaceTopic.MEMBERS, event.accountId());
    }

    @EventListener
    void on(MemberLeft event) {
        afterCommit(event.spaceId(), SpaceTopic.MEMBERS, null);
    }

    @EventListener
    void on(RoleChanged event) {
        afterCommit(event.spaceId(), SpaceTopic.MEMBERS, event.by());
    }

    @EventListener
    void on(InvitationsChanged event) {
        afterCommit(event.spaceId(), SpaceTopic.MEMBERS, event.by());
    }

    @EventListener
    void on(SpaceChanged event) {
        afterCommit(event.spaceId(), SpaceTopic.MEMBERS, event.by());
    }

    /** Every open page of the space, hers too, reads again, finds it gone and leaves for the start page. */
    @EventListener
    void on(SpaceDeleted event) {
        afterCommit(event.spaceId(), SpaceTopic.MEMBERS, null);
    }

    private void tasks(UUID spaceId, @Nullable UUID by) {
        afterCommit(spaceId, SpaceTopic.TASKS, by);
    }

    private void shifts(UUID spaceId, @Nullable UUID by) {
        afterCommit(spaceId, SpaceTopic.SHIFTS, by);
    }

    private void updates(UUID spaceId, @Nullable UUID by) {
        afterCommit(spaceId, SpaceTopic.UPDATES, by);
    }

    private void afterCommit(UUID spaceId, SpaceTopic topic, @Nullable UUID by) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            pages.spaceChanged(spaceId, topic, by);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pages.spaceChanged(spaceId, topic, by);
            }
        });
    }
}
