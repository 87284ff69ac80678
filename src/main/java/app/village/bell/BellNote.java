package app.village.bell;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of her bell as the page shows it: the words, the family it is from (and its clock for the time), the
 * path of the thing itself, when it came and whether she has read it.
 */
public record BellNote(BellEntryId id, BellKind kind, String text, String familyName, ZoneId familyZone, String link,
        Instant at, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
