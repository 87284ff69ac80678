package app.village.base.ui;

/**
 * What a change in a family space is about, so that an open page reads again only when something it shows changed.
 * A change to the circle ({@link #MEMBERS}: someone joined, left or got a new role) reaches every page, since names
 * and rights appear everywhere.
 */
public enum SpaceTopic {
    /** Care tasks: added, claimed, handed back, done, changed, deleted. */
    TASKS,
    /** Shifts, sign-ups, breaks she asked for, offers, handoff notes and her sleep window. */
    SHIFTS,
    /** Family updates, their hearts and the pin. */
    UPDATES,
    /** The circle: joined, left, role changed. */
    MEMBERS
}
