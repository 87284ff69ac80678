package app.village.bell;

import java.util.UUID;

/** The id of one bell entry (docs/decisions/typed-ids.md). */
public record BellEntryId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
