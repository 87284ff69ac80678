package app.village.base;

/** How a task or a shift repeats; the days themselves come from {@link RepeatRule}. */
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
