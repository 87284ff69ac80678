package app.village.shift;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A handoff as the next helper and the mother read it. */
public record Handoff(ShiftId shiftId, String author, ZonedDateTime writtenAt, HandoffForm content) {

    static Handoff of(HandoffNote note, PeopleNames.Names names, ZoneId zone) {
        return new Handoff(ShiftId.of(note.getShiftId()), names.ofAuthor(note.getAuthorId()), note.getWrittenAt().atZone(zone),
                note.toForm());
    }
}
