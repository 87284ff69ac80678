package app.village.caretask;

/** How a task repeats. */
public enum Repeat {
    NEVER("Does not repeat"),
    DAILY("Every day"),
    WEEKLY("On chosen weekdays"),
    EVERY_N_DAYS("Every few days");

    private final String label;

    Repeat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
