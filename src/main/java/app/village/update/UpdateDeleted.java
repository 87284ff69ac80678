package app.village.update;

import java.util.UUID;

/**
 * The poster or an owner ({@code by}) deleted an update: what hangs on it elsewhere (its photos, a bell item) goes
 * too. Updates that go with their space or their poster's account are removed by the database with them.
 */
public record UpdateDeleted(UUID spaceId, UUID updateId, UUID by) {
}
