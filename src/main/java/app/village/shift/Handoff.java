package app.village.shift;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A handoff as the next helper and the mother read it. */
public record Handoff(UUID shiftId, String author, ZonedDateTime writtenAt, HandoffForm content) {

    static Handoff of(HandoffNote note, PeopleNames.Names names, ZoneId zone) {
        return new Handoff(note.getShiftId(), names.ofAuthor(note.getAuthorId()), note.getWrittenAt().atZone(zone),
                note.toForm());
    }
}
