package app.village.update;

import java.util.UUID;

/**
 * Someone posted an update to a space. {@code by}: who posted it. No text: listeners read what they may show
 * through the service.
 */
public record UpdatePosted(UUID spaceId, UUID updateId, UUID by) {
}
