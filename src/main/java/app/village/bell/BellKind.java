package app.village.bell;

/** What a bell entry is about; stored by name. */
public enum BellKind {
    INVITED,
    ROLE_CHANGED,
    TASK_TAKEN,
    TASK_HANDED_BACK,
    SHIFT_CHANGED,
    SHIFT_CANCELLED,
    BREAK_ASKED,
    OFFER_ACCEPTED,
    HANDOFF_WRITTEN,
    REMINDER
}
