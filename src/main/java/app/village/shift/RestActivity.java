package app.village.shift;

/** What the mother would like to do with a break. */
public enum RestActivity {
    SLEEP("Sleep"),
    SHOWER("A shower"),
    WALK("A walk"),
    FRIEND("See a friend"),
    TIME_ALONE("Time to herself");

    private final String label;

    RestActivity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
