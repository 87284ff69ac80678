package app.village.shift;

import java.time.ZonedDateTime;
import java.util.UUID;

/** A handoff as the next helper and the mother read it. */
public record Handoff(UUID shiftId, String author, ZonedDateTime writtenAt, HandoffForm content) {
}
