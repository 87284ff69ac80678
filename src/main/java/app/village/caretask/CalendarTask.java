package app.village.caretask;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task she has taken on, as her calendar feed shows it: on its day, from {@code start} to {@code end}
 * (family time) when it has a time window; without {@code start} it takes the whole day.
 */
public record CalendarTask(UUID id, UUID spaceId, String title, @Nullable String notes, LocalDate day,
        @Nullable LocalTime start, @Nullable LocalTime end, int effortMinutes) {
}
