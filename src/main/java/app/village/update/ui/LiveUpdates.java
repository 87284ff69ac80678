package app.village.update.ui;

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
 * How an updates page or part follows the space's updates ({@link LivePages}): when another member posts, edits,
 * deletes, pins or hearts one, its refresh reads the cards again. Her own changes are not echoed.
 */
@SpringComponent
class LiveUpdates {

    private final LivePages pages;
    private final SpaceAccess access;

    LiveUpdates(LivePages pages, SpaceAccess access) {
        this.pages = pages;
        this.access = access;
    }

    /**
     * Follows the updates of {@code spaceId} while {@code part} is attached, in place of what {@code previous}
     * followed (a view shown again). Call it after the part's first read: the request has her membership by then,
     * so learning who she is costs no statement.
     */
    Registration follow(Component part, SpaceId spaceId, @Nullable Registration previous, Runnable refresh) {
        if (previous != null) {
            previous.remove();
        }
        var me = access.requireMember(spaceId).accountId();
        return pages.follow(part, spaceId.value(), me, Set.of(SpaceTopic.UPDATES), refresh);
    }
}
