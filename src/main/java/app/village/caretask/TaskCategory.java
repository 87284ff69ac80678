package app.village.caretask;

/** What kind of help a task is. */
public enum TaskCategory {
    MEALS("Meals"),
    BABY_CARE("Baby care"),
    HOUSEHOLD("Household"),
    ERRANDS("Errands"),
    OLDER_CHILDREN_AND_PETS("Older children and pets"),
    CARE_FOR_THE_MOTHER("Care for the mother"),
    VISITS("Visits");

    private final String label;

    TaskCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
