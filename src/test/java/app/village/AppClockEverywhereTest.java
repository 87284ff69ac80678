package app.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every "now" in the app comes from the one {@code java.time.Clock} bean, so tests move time instead of sleeping
 * and a rule never disagrees with the service beside it. Only the clock's own configuration may read the system
 * clock. Reads the source text: a {@code now()} without a clock, or {@code Clock.system...}, fails with its line.
 */
class AppClockEverywhereTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path THE_CLOCK = SOURCES.resolve("app/village/base/TimeConfiguration.java");

    static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth"
                    + "|MonthDay)\\s*\\.\\s*now\\(\\s*\\)"
                    + "|\\bClock\\s*\\.\\s*system");

    @Test
    void nothingButTheClockConfigurationReadsTheSystemClock() throws IOException {
        var offenders = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                if (file.equals(THE_CLOCK)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (SYSTEM_TIME.matcher(lines.get(i)).find()) {
                        offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders)
                .as("reads the system clock; inject java.time.Clock and use now(clock) instead")
                .isEmpty();
    }

    @Test
    void thePatternKnowsTheUsualWays() {
        assertThat(SYSTEM_TIME.matcher("var today = LocalDate.now();").find()).isTrue();
        assertThat(SYSTEM_TIME.matcher("new TaskFormFields(java.time.LocalDate.now())").find()).isTrue();
        assertThat(SYSTEM_TIME.matcher("Instant.now( )").find()).isTrue();
        assertThat(SYSTEM_TIME.matcher("Clock.systemDefaultZone()").find()).isTrue();
        assertThat(SYSTEM_TIME.matcher("LocalDate.now(clock)").find()).isFalse();
        assertThat(SYSTEM_TIME.matcher("clock.instant()").find()).isFalse();
    }
}
