package app.village.shift;

import java.util.UUID;

/** {@code by} offered the mother a break unasked; she accepts or declines {@code offerId}. */
public record OfferMade(UUID spaceId, UUID offerId, UUID by) {
}
