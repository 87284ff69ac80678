package app.village.shift;

import java.util.UUID;

/**
 * The mother ({@code by}) accepted the break {@code offeredBy} offered: it became {@code shiftId}, with
 * {@code offeredBy} on it.
 */
public record OfferAccepted(UUID spaceId, UUID offerId, UUID shiftId, UUID by, UUID offeredBy) {
}
