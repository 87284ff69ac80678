package app.village.family;

/** Where an invitation stands. EXPIRED is never stored: it is a pending one past its time. */
public enum InvitationStatus {
    PENDING("Pending"), ACCEPTED("Accepted"), DECLINED("Declined"), EXPIRED("Expired"), REVOKED("Revoked");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
