package app.village.bell;

import app.village.security.VillageUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reading the bell's table and waiting for its listeners, which run after the commit on another thread. */
record BellTestSupport(JdbcTemplate jdbc) {

    record Row(BellKind kind, UUID spaceId, UUID subjectId, String text, String link, Instant showsFrom,
            boolean read) {
    }

    /** Waits (at most 5 s) until no publication for the bell is still waiting for its listener. */
    void settled() {
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (waitingForTheBell() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The bell's listeners did not finish within 5 seconds");
            }
            pause();
        }
    }

    private int waitingForTheBell() {
        var waiting = jdbc.queryForObject("""
                select count(*) from event_publication
                where listener_id like '%app.village.bell.%' and completion_date is null
                  and (status is null or status <> 'FAILED')""", Integer.class);
        return waiting == null ? 0 : waiting;
    }

    List<Row> entriesOf(VillageUser recipient) {
        return entriesOf(recipient.accountId());
    }

    /** Her entries, newest first, after the listeners have settled. */
    List<Row> entriesOf(UUID recipient) {
        settled();
        return jdbc.query("""
                select kind, space_id, subject_id, message, link, shows_from, read_at from bell_entry
                where recipient_id = ? order by created_at desc, id desc""",
                (rs, row) -> new Row(BellKind.valueOf(rs.getString("kind")), rs.getObject("space_id", UUID.class),
                        rs.getObject("subject_id", UUID.class), rs.getString("message"), rs.getString("link"),
                        rs.getTimestamp("shows_from").toInstant(), rs.getTimestamp("read_at") != null),
                recipient);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
