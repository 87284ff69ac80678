package app.village.guide;

import java.util.List;

/**
 * One page of the guide, read from {@code seeds/guide/<slug>.md}: its front matter, the body rendered to HTML
 * with raw HTML escaped, and its sections (the level-2 headings, with the ids links point to).
 *
 * @param links where the body links to: other guide pages ({@code guide/<slug>#<section>}), {@code help}, or
 *     outside addresses
 */
public record GuideArticle(String slug, String title, String summary, Audience audience, GuideSource source,
        int order, String html, List<Section> sections, String plainText, int words, List<String> links) {

    /** A tired reader on a phone: about 200 words a minute, never "0 min". */
    static final int WORDS_PER_MINUTE = 200;

    public int readingMinutes() {
        return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    public String path() {
        return GuidePaths.article(slug);
    }

    public boolean hasSection(String id) {
        return sections.stream().anyMatch(section -> section.id().equals(id));
    }

    public record Section(String id, String title) {
    }

    /** Who a page speaks to. */
    public enum Audience {
        MOTHER("For mothers"),
        SUPPORTERS("For partners and relatives"),
        EVERYONE("For everyone");

        private final String label;

        Audience(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
