package app.village.shift;

import app.village.family.SpaceNamesAndZones;
import app.village.notification.DailyWindow;
import app.village.notification.DeliveryHold;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the mother's mail inside her sleep window, on the wall clock of the family whose window it is. System
 * side: mail delivery asks it with nobody signed in, and it tells only when the hold ends.
 * <p>Decisions: docs/decisions/no-messages-inside-her-sleep.md, docs/decisions/held-mail-one-summary.md.
 */
@Component
class SleepWindowHold implements DeliveryHold {

    private final SleepWindowRepository sleepWindows;
    private final SpaceNamesAndZones spaces;

    SleepWindowHold(SleepWindowRepository sleepWindows, SpaceNamesAndZones spaces) {
        this.sleepWindows = sleepWindows;
        this.spaces = spaces;
    }

    @Override
    public Reason reason() {
        return Reason.RESTING;
    }

    /** The latest end among her windows that {@code now} is inside (she may have one in each of two spaces). */
    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> heldUntil(UUID accountId, Instant now) {
        var windows = sleepWindows.findByAccountId(accountId);
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        var found = spaces.of(windows.stream().map(SleepWindow::getSpaceId).toList());
        return windows.stream()
                .filter(window -> found.containsKey(window.getSpaceId()))
                .map(window -> new DailyWindow(window.getStartTime(), window.getEndTime(),
                        found.get(window.getSpaceId()).zone()).endIfInside(now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }
}
