package app.village.reliability;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * What writing every commit to the file at once costs on the default H2 file database: the time of one small
 * committed service write (a mother adding a task through {@code CareTaskWriteService}, security check and
 * transaction included) with the application's URL ({@code WRITE_DELAY=0}) and with H2's default write delay
 * of 500 ms, each on a fresh database in a temporary folder. A plain program, not a test; docs/performance.md
 * says how to run it.
 *
 * <p>Arguments: {@code [--warmup N] [--iterations N] [--rounds N]}; each round measures both settings, one
 * after the other.
 */
public final class CommitCostBenchmark {

    private CommitCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = 300;
        int iterations = 1_000;
        int rounds = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmUp = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException(
                        "Unknown argument " + args[i] + "; use [--warmup N] [--iterations N] [--rounds N]");
            }
        }
        System.out.printf("One committed CareTaskWriteService.create per call: median and 95th percentile of %d calls "
                + "after %d warm-up calls, on a fresh H2 file database each time.%n%n", iterations, warmUp);
        System.out.printf("%-5s %-44s %10s %10s%n", "Round", "Database URL", "median ms", "p95 ms");
        for (int round = 1; round <= rounds; round++) {
            measure(round, "application's (WRITE_DELAY=0)", null, warmUp, iterations);
            measure(round, "H2's default write delay (500 ms)", DrillApplication.URL_WITH_WRITE_DELAY, warmUp,
                    iterations);
        }
        System.exit(0);
    }

    private static void measure(int round, String name, @Nullable String url, int warmUp, int iterations)
            throws Exception {
        var dataDir = Files.createTempDirectory("village-commit-bench");
        try (var app = DrillApplication.start(dataDir, url)) {
            for (int i = 0; i < warmUp; i++) {
                app.addTask(i);
            }
            var nanos = new ArrayList<Long>(iterations);
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                app.addTask(warmUp + i);
                nanos.add(System.nanoTime() - start);
            }
            System.out.printf("%-5d %-44s %10.2f %10.2f%n", round, name, percentile(nanos, 0.5),
                    percentile(nanos, 0.95));
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** Milliseconds at the given percentile, nearest rank. */
    static double percentile(List<Long> nanos, double p) {
        var sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
