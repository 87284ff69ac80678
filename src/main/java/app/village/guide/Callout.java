package app.village.guide;

/**
 * The short notes that point from a screen into the guide at the moment they help. Each is one or two
 * sentences, links to one section, and can be hidden by each person for herself.
 */
public enum Callout {

    /** On the mother's break request. */
    WHY_REST_MATTERS("support-lowers-stress", "why-rest-matters",
            "A break is part of how you cope, not a luxury. When someone you trust has the baby, you can truly rest.",
            "Why rest matters"),
    /** On an open night shift. */
    FULL_NIGHTS_SLEEP("support-lowers-stress", "what-a-full-night-s-sleep-does",
            "Nights with a newborn come in short pieces. Taking this one lets her sleep a long stretch without listening for every sound.",
            "What a full night's sleep does"),
    /** On the member invitation screen. */
    WHY_A_CIRCLE_HELPS("support-lowers-stress", "why-a-circle-helps",
            "No one person can carry all of it. Each person you invite can take a small, clear piece.",
            "Why a circle helps"),
    /** On the family home when the mother has asked for nothing in a week. */
    FINE_TO_ASK("support-lowers-stress", "it-is-fine-to-ask",
            "You haven't asked for anything this week. Asking is fine: the people here joined because they want to help.",
            "It is fine to ask");

    private final String slug;
    private final String section;
    private final String text;
    private final String linkText;

    Callout(String slug, String section, String text, String linkText) {
        this.slug = slug;
        this.section = section;
        this.text = text;
        this.linkText = linkText;
    }

    /** The article the callout links to. */
    public String slug() {
        return slug;
    }

    /** The id of the heading it links to in that article. */
    public String section() {
        return section;
    }

    public String text() {
        return text;
    }

    public String linkText() {
        return linkText;
    }

    /** Where the link goes: the article page, scrolled to the section. */
    public String path() {
        return GuidePaths.section(slug, section);
    }
}
