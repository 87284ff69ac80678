package app.village.shift;

import java.util.UUID;

/**
 * An open offer of a break closed without becoming a shift: the mother declined it, or {@code offeredBy} took it
 * back ({@code by} is then {@code offeredBy}). Only the open pages listen, so an offer that is gone leaves them;
 * nobody is told by mail or bell.
 */
public record OfferClosed(UUID spaceId, UUID offerId, UUID by, UUID offeredBy) {
}
