package app.village.shift;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** An open offer of a break, as the mother (and the person who made it) sees it. */
public record OfferSummary(OfferId id, String offeredBy, ZonedDateTime start, ZonedDateTime end, @Nullable String note,
        boolean mine) {
}
