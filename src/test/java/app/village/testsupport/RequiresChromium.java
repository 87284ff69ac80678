package app.village.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class only where Debian's Chromium is installed (or fails, under VILLAGE_REQUIRE_ALL_TESTS=1). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var chromium = Browser.chromiumPath();
            if (Files.isExecutable(chromium)) {
                return ConditionEvaluationResult.enabled("Chromium found at " + chromium);
            }
            var message = "No Chromium at " + chromium
                    + ". Install it with 'sudo apt-get install chromium' (or set VILLAGE_CHROMIUM to its path).";
            if (RequiredTools.allRequired()) {
                throw new IllegalStateException(message + " VILLAGE_REQUIRE_ALL_TESTS is set, so this fails the run.");
            }
            System.err.println("Skipped the browser tests. " + message);
            return ConditionEvaluationResult.disabled(message);
        }
    }

    /** Where the browser is; kept here so the condition and the tests agree. */
    final class Browser {
        private Browser() {
        }

        public static Path chromiumPath() {
            var configured = System.getenv("VILLAGE_CHROMIUM");
            return Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
        }
    }
}
