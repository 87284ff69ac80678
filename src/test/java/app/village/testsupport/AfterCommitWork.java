package app.village.testsupport;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits until the work other modules do after a commit (their {@code @ApplicationModuleListener}s, such as
 * releasing what a member who left held) has finished: the event publication registry then holds no publication
 * still to do. A failed one stays in the registry as FAILED and is not waited for; the test's own checks show it.
 */
public final class AfterCommitWork {

    private AfterCommitWork() {
    }

    public static void awaitDone(JdbcTemplate jdbc) {
        Awaitility.await("the listeners of the events published so far")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> stillToDo(jdbc) == 0);
    }

    private static int stillToDo(JdbcTemplate jdbc) {
        Integer count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and (status is null or status <> 'FAILED')", Integer.class);
        return count == null ? 0 : count;
    }
}
