package app.village.shift;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A shift she signed up for, as her calendar feed shows it. */
public record CalendarShift(UUID id, UUID spaceId, String title, @Nullable String notes, Instant startsAt,
        Instant endsAt) {
}
