package app.village.caretask;

import java.util.List;
import java.util.UUID;

/**
 * Who has done how much, in effort-minutes of tasks marked done, for the last 7 and the last 30 days. Every
 * current member is listed, the mother included, most first. Night work (22:00 to 06:00 in the family's time
 * zone) counts double.
 * <p>Decision: docs/decisions/fair-share-counts-done-minutes.md.
 */
public record FairShare(List<Share> lastWeek, List<Share> lastMonth) {

    public record Share(UUID accountId, String name, boolean me, int minutes) {
    }
}
