package app.village.bell;

import java.util.List;

/** One page of her bell, newest first, and whether older entries follow. */
public record BellPage(List<BellNote> notes, int page, boolean hasOlder) {

    public BellPage {
        notes = List.copyOf(notes);
    }
}
