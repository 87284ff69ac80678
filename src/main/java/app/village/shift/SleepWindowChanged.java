package app.village.shift;

import java.util.UUID;

/**
 * The mother ({@code by}) set, changed or removed her sleep window, and with it the protected nights kept open for
 * it. Only the open pages listen: her circle's rest page says when she sleeps and which nights to take. Nobody is
 * told by mail or bell, as setting the window tells no one either.
 */
public record SleepWindowChanged(UUID spaceId, UUID by) {
}
