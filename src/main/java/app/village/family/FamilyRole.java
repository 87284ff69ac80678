package app.village.family;

/** A member's role in one family space. */
public enum FamilyRole {
    /** The mother, and anyone she hands ownership to: everything. */
    OWNER("Owner", "Runs the space: invitations, roles, household notes"),
    /** Typically the partner: organizes tasks, shifts and rest. */
    ORGANIZER("Organizer", "Plans tasks, shifts and rest breaks"),
    /** Relatives and friends: take on tasks and shifts, offer rest. */
    SUPPORTER("Supporter", "Signs up for tasks and shifts, offers rest breaks"),
    /** Distant family: reads updates and the schedule. */
    VIEWER("Viewer", "Reads updates and the schedule");

    private final String label;
    private final String description;

    FamilyRole(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /**
     * Whether a member with this role may invite someone as {@code role}, or revoke or renew such an
     * invitation: owners any role, others (organizers, when allowed to invite) supporters only.
     */
    public boolean mayInviteAs(FamilyRole role) {
        return this == OWNER || role == SUPPORTER;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
