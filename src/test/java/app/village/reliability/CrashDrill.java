package app.village.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * The crash drill of docs/reliability.md: does every change the app confirmed survive the process being
 * killed? Each drill starts the application in a child JVM on a fresh H2 file database (its real default
 * configuration), where a signed-in mother adds tasks through {@code CareTaskWriteService} one after the other,
 * printing {@code ACK <id>} only after each call returned. At a random moment the drill kills the child with
 * SIGKILL ({@link Process#destroyForcibly()}), opens the database again and compares the acknowledged ids
 * with the ids present. A plain program, not a test.
 *
 * <p>Arguments: {@code [--drills N] [--seed S] [--with-write-delay]}; the last runs the child on the URL the
 * application used before (H2's default write delay of 500 ms), to show the drill notices lost changes.
 */
public final class CrashDrill {

    static final String ACK = "ACK ";
    /** The kill comes this long after the first acknowledged change, at least and at most. */
    static final long MIN_KILL_MILLIS = 300;
    static final long MAX_KILL_MILLIS = 3_000;

    private CrashDrill() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]), args.length > 2 && args[2].equals("--with-write-delay"));
            return;
        }
        int drills = 10;
        long seed = System.nanoTime();
        boolean withWriteDelay = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--drills" -> drills = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--with-write-delay" -> withWriteDelay = true;
                default -> throw new IllegalArgumentException(
                        "Unknown argument " + args[i] + "; use [--drills N] [--seed S] [--with-write-delay]");
            }
        }
        var random = new Random(seed);
        System.out.printf("%d drills, seed %d, database URL: %s%n", drills, seed,
                withWriteDelay ? DrillApplication.URL_WITH_WRITE_DELAY + " (H2's default write delay)"
                        : "the application's default (application.properties)");
        long started = System.nanoTime();
        int lossy = 0;
        for (int drill = 1; drill <= drills; drill++) {
            var result = drill(random.nextLong(MIN_KILL_MILLIS, MAX_KILL_MILLIS + 1), withWriteDelay);
            System.out.printf("Drill %2d: killed %,5d ms after the first change; acknowledged %,5d, present %,5d of "
                            + "them, lost %d%s%n", drill, result.killAfterMillis, result.acknowledged,
                    result.acknowledgedPresent, result.lost(),
                    result.unacknowledgedPresent > 0 ? " (" + result.unacknowledgedPresent
                            + " committed but killed before its acknowledgement)" : "");
            if (result.lost() > 0) {
                lossy++;
            }
        }
        System.out.printf("%d of %d drills lost acknowledged changes; %.0f s in all%n", lossy, drills,
                (System.nanoTime() - started) / 1e9);
        System.exit(lossy == 0 ? 0 : 1);
    }

    record Result(long killAfterMillis, int acknowledged, int acknowledgedPresent, int unacknowledgedPresent) {

        int lost() {
            return acknowledged - acknowledgedPresent;
        }
    }

    private static Result drill(long killAfterMillis, boolean withWriteDelay) throws Exception {
        var dataDir = Files.createTempDirectory("village-crash-drill");
        try {
            var java = ProcessHandle.current().info().command().orElse("java");
            // Start-up is most of a drill: the child compiles with C1 only, which starts sooner.
            var command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"),
                    CrashDrill.class.getName(), "--child", dataDir.toString()));
            if (withWriteDelay) {
                command.add("--with-write-delay");
            }
            var child = new ProcessBuilder(command)
                    .redirectError(dataDir.resolve("child.log").toFile())
                    .start();
            var acknowledged = new HashSet<String>();
            var firstChange = new CountDownLatch(1);
            // Reads to the end: lines the child wrote before it died are still in the pipe.
            var reader = CompletableFuture.runAsync(() -> {
                try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith(ACK)) {
                            synchronized (acknowledged) {
                                acknowledged.add(line.substring(ACK.length()).strip());
                            }
                            firstChange.countDown();
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            // Generous: on a machine shared with other builds the application can take minutes to start.
            if (!firstChange.await(15, TimeUnit.MINUTES)) {
                child.destroyForcibly().waitFor();
                throw new IllegalStateException("The child made no change in 15 minutes; see its log: "
                        + Files.readString(dataDir.resolve("child.log")));
            }
            Thread.sleep(killAfterMillis);
            child.destroyForcibly();
            child.waitFor();
            reader.get(1, TimeUnit.MINUTES);

            var present = idsIn(dataDir);
            Set<String> acknowledgedPresent = new HashSet<>(acknowledged);
            acknowledgedPresent.retainAll(present);
            var unacknowledgedPresent = new HashSet<>(present);
            unacknowledgedPresent.removeAll(acknowledged);
            return new Result(killAfterMillis, acknowledged.size(), acknowledgedPresent.size(),
                    unacknowledgedPresent.size());
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** The task ids in the database the killed child left: H2 opens and recovers it as a restart would. */
    private static Set<String> idsIn(Path dataDir) throws SQLException {
        var ids = new HashSet<String>();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/village", "village", "");
                var rows = connection.createStatement().executeQuery("select id from care_task")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** The child: the application, and a mother adding tasks until she is killed. */
    private static void child(Path dataDir, boolean withWriteDelay) {
        var app = DrillApplication.start(dataDir, withWriteDelay ? DrillApplication.URL_WITH_WRITE_DELAY : null);
        System.err.println("Database: " + app.databaseUrl());
        for (int number = 1; ; number++) {
            var id = app.addTask(number);
            // Only now is the change confirmed, as the UI confirms it once the service returned.
            System.out.println(ACK + id);
            System.out.flush();
        }
    }
}
