package app.village.family;

/** A space in the switcher: its name and my role there. */
public record SpaceSummary(SpaceId id, String name, FamilyRole myRole) {
}
