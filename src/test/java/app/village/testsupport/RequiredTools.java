package app.village.testsupport;

/**
 * Browser and PostgreSQL tests skip with a message on a machine that lacks the tool, so the README's test
 * command passes for a newcomer. CI sets VILLAGE_REQUIRE_ALL_TESTS=1, and then a missing tool fails the run.
 */
final class RequiredTools {

    static final String REQUIRE_ALL = "VILLAGE_REQUIRE_ALL_TESTS";

    private RequiredTools() {
    }

    static boolean allRequired() {
        var value = System.getenv(REQUIRE_ALL);
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }
}
