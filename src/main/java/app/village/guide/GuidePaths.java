package app.village.guide;

/** Where the guide's pages live; public, signed in or not. */
public final class GuidePaths {

    public static final String INDEX = "guide";

    private GuidePaths() {
    }

    public static String article(String slug) {
        return INDEX + "/" + slug;
    }

    public static String section(String slug, String sectionId) {
        return article(slug) + "#" + sectionId;
    }
}
