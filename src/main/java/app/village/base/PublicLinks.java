package app.village.base;

/**
 * A link people open from outside (an invitation, a calendar address): the configured public address, then the
 * path, with exactly one slash between them whether or not the address was configured with a trailing one.
 */
public final class PublicLinks {

    private PublicLinks() {
    }

    /** {@code "https://village.example/"} or {@code "https://village.example"} and {@code "invitation/abc"}. */
    public static String under(String publicUrl, String path) {
        var base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }
}
