package app.village.update;

import java.util.UUID;

/**
 * A member ({@code by}) hearted an update or took her heart back; the pages read which through the service.
 */
public record UpdateHearted(UUID spaceId, UUID updateId, UUID by) {
}
