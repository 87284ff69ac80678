package app.village.family;

import java.util.UUID;

/** A space in the switcher: its name and my role there. */
public record SpaceSummary(UUID id, String name, FamilyRole myRole) {
}
