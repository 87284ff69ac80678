package app.village.reminder;

/** What a reminder is about. */
enum ItemKind {
    SHIFT("reminder-shift"),
    TASK("reminder-task");

    private final String template;

    ItemKind(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }
}
