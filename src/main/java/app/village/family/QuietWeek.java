package app.village.family;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the signed-in person has gone a week without asking her circle for anything, every way of asking
 * counted ({@link AskingForHelp}): then the guide reminds the mother that asking is fine.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuietWeek {

    static final Duration QUIET_FOR = Duration.ofDays(7);

    private final SpaceAccess access;
    private final ObjectProvider<AskingForHelp> waysOfAsking;
    private final Clock clock;

    QuietWeek(SpaceAccess access, ObjectProvider<AskingForHelp> waysOfAsking, Clock clock) {
        this.access = access;
        this.waysOfAsking = waysOfAsking;
        this.clock = clock;
    }

    /** True when in the last seven days she asked for no break and put up no task for someone else. */
    @Transactional(readOnly = true)
    public boolean askedForNothing(SpaceId spaceId) {
        access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var since = clock.instant().minus(QUIET_FOR);
        return waysOfAsking.orderedStream().allMatch(way -> way.askedSince(spaceId, since) == 0);
    }
}
