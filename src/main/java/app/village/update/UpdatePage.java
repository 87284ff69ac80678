package app.village.update;

import java.util.List;

/** One page of updates, newest first, and whether older ones follow. */
public record UpdatePage(List<UpdateSummary> updates, boolean hasOlder) {
}
