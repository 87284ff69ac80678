package app.village.caretask;

import app.village.family.AskingForHelp;
import app.village.family.SpaceId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A task she puts up for her circle is asking for help; one she adds for herself is not. */
@Component
class TasksPutUpForHerCircle implements AskingForHelp {

    private final FairShareService careTasks;

    TasksPutUpForHerCircle(FairShareService careTasks) {
        this.careTasks = careTasks;
    }

    @Override
    public long askedSince(SpaceId spaceId, Instant since) {
        return careTasks.tasksAskedSince(spaceId, since);
    }
}
