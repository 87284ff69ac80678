package app.village.caretask.ui;

import app.village.base.ui.LivePages;
import app.village.base.ui.SpaceTopic;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a care-task page or part follows the space's tasks ({@link LivePages}): when another member adds, takes,
 * hands back, finishes, changes or deletes a task, its refresh reads them again. Her own changes are not echoed.
 */
@SpringComponent
class LiveTasks {

    private final LivePages pages;
    private final SpaceAccess access;

    LiveTasks(LivePages pages, SpaceAccess access) {
        this.pages = pages;
        this.access = access;
    }

    /**
     * Follows the tasks of {@code spaceId} while {@code part} is attached, in place of what {@code previous} followed
     * (a view shown again for another space). Call it after the part's first read: the request has her membership
     * by then, so learning who she is costs no statement.
     */
    Registration follow(Component part, SpaceId spaceId, @Nullable Registration previous, Runnable refresh) {
        if (previous != null) {
            previous.remove();
        }
        var me = access.requireMember(spaceId).accountId();
        return pages.follow(part, spaceId.value(), me, Set.of(SpaceTopic.TASKS), refresh);
    }
}
