package app.village.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the test PostgreSQL database answers (or fails, under
 * VILLAGE_REQUIRE_ALL_TESTS=1). Connection settings come from VILLAGE_TEST_POSTGRES_URL, _USER and _PASSWORD.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (var connection = DriverManager.getConnection(Database.url(), Database.user(), Database.password())) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + Database.url());
            } catch (SQLException e) {
                var message = "No PostgreSQL database at " + Database.url() + " (" + e.getMessage()
                        + "). Install and start it with 'sudo apt-get install postgresql', then create the user and "
                        + "database as .ci/run does.";
                if (RequiredTools.allRequired()) {
                    throw new IllegalStateException(message + " VILLAGE_REQUIRE_ALL_TESTS is set, so this fails the run.");
                }
                System.err.println("Skipped the PostgreSQL tests. " + message);
                return ConditionEvaluationResult.disabled(message);
            }
        }
    }

    /** The test database's connection settings. */
    final class Database {
        private Database() {
        }

        public static String url() {
            return env("VILLAGE_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/village_test");
        }

        public static String user() {
            return env("VILLAGE_TEST_POSTGRES_USER", "village");
        }

        public static String password() {
            return env("VILLAGE_TEST_POSTGRES_PASSWORD", "village");
        }

        private static String env(String name, String fallback) {
            var value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
