package app.village.reminder;

import app.village.caretask.TasksTakenOn;
import app.village.shift.PlacesHeld;
import java.time.Instant;
import java.util.UUID;

/** Something one person is on, as a reminder needs it: a place on a shift or a task she took on. */
record Commitment(ItemKind kind, UUID itemId, UUID spaceId, String title, Instant startsAt, UUID accountId,
        String path) {

    static Commitment of(PlacesHeld.Place place) {
        return new Commitment(ItemKind.SHIFT, place.shiftId(), place.spaceId(), place.title(), place.startsAt(),
                place.accountId(), place.path());
    }

    static Commitment of(TasksTakenOn.Task task) {
        return new Commitment(ItemKind.TASK, task.taskId(), task.spaceId(), task.title(), task.startsAt(),
                task.accountId(), task.path());
    }
}
