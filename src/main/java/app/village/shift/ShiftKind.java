package app.village.shift;

/** What a shift is for. */
public enum ShiftKind {
    NIGHT("Night shift"),
    DAY_HELP("Day help"),
    RESPITE("Respite for the mother"),
    VISIT("Visit");

    private final String label;

    ShiftKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
