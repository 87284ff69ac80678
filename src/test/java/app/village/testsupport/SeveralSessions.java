package app.village.testsupport;

import app.village.security.VillageUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One person signed in on several devices and tabs at once: each session on its own thread, signed in as her,
 * all released at the same moment. Collects what went wrong instead of throwing, so a test can show every error.
 */
public final class SeveralSessions {

    /** What one session does; {@code session} counts from 0. */
    public interface Work {
        void run(int session) throws Exception;
    }

    private SeveralSessions() {
    }

    /** Runs {@code work} in {@code sessions} sessions of {@code person} at once; the errors they met, if any. */
    public static List<String> atOnce(int sessions, VillageUser person, Work work) throws Exception {
        var ready = new CountDownLatch(sessions);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(sessions);
        var results = new ArrayList<Future<String>>();
        for (int i = 0; i < sessions; i++) {
            int session = i;
            Callable<String> navigate = () -> {
                SignedIn.as(person.accountId(), person.displayName());
                ready.countDown();
                start.await();
                try {
                    work.run(session);
                    return "";
                } catch (Exception | AssertionError e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                } finally {
                    SignedIn.nobody();
                }
            };
            results.add(pool.submit(navigate));
        }
        // Released only once every session waits, so they really start together.
        ready.await();
        start.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The sessions did not finish within 3 minutes");
        }
        var failures = new ArrayList<String>();
        for (var result : results) {
            if (!result.get().isEmpty()) {
                failures.add(result.get());
            }
        }
        return failures;
    }
}
