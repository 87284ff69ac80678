package app.village.update;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The home page's updates: the pinned one, if any, and the newest others. */
public record UpdatesOnHome(@Nullable UpdateSummary pinned, List<UpdateSummary> newest) {

    public boolean isEmpty() {
        return pinned == null && newest.isEmpty();
    }
}
