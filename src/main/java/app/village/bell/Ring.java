package app.village.bell;

import java.time.ZoneId;
import java.util.UUID;

/** What one event rings for one person: built by {@link BellRinger}, stored by {@link Bell}. */
record Ring(UUID recipient, UUID spaceId, BellKind kind, UUID subjectId, String familyName, ZoneId familyZone,
        String text, String link) {
}
