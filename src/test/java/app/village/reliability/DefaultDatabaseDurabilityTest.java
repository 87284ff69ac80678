package app.village.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as a first run starts it: no profile, its own H2 file database (here in a temporary data
 * folder). A commit must reach the file before the service call returns, or a crash right after a confirmed
 * change loses it (docs/reliability.md).
 */
@SpringBootTest(properties = {"village.demo-data.enabled=false", "village.care-tasks.roll-cron=-",
    "village.shifts.roll-cron=-", "vaadin.launch-browser=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DefaultDatabaseDurabilityTest {

    @TempDir static Path dataDir;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("village.data-dir", () -> dataDir.toString());
    }

    @Autowired JdbcTemplate jdbc;

    @Test
    void theDefaultFileDatabaseWritesEveryCommitBeforeItReturns() {
        var url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        assertThat(url).startsWith("jdbc:h2:file:").contains(dataDir.toString());
        // H2 lists the setting twice (as set on the URL and as in force); both must say no delay.
        var writeDelay = jdbc.queryForList(
                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'",
                String.class);
        assertThat(writeDelay).as("H2's delay in ms between a commit and writing it to the file")
                .isNotEmpty().containsOnly("0");
    }
}
