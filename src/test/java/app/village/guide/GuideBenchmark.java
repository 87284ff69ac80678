package app.village.guide;

import java.util.Arrays;
import java.util.List;

/**
 * What the guide costs: reading and rendering every page (done once, at start-up) and one search (done on each
 * keystroke pause in the search field). A plain program, not a test; docs/performance.md says how to run it.
 */
public final class GuideBenchmark {

    private static final List<String> QUERIES = List.of("sleep", "night shift", "ask for help", "xylophone",
            "skin to skin feeding");

    private GuideBenchmark() {
    }

    public static void main(String[] args) {
        var runtime = Runtime.getRuntime();
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            new GuideArticles();
        }
        var loads = new double[50];
        for (int i = 0; i < loads.length; i++) {
            long start = System.nanoTime();
            new GuideArticles();
            loads[i] = (System.nanoTime() - start) / 1e6;
        }
        var guide = new GuideArticles();
        for (int warmUp = 0; warmUp < 2000; warmUp++) {
            guide.search(QUERIES.get(warmUp % QUERIES.size()));
        }
        var searches = new double[5000];
        for (int i = 0; i < searches.length; i++) {
            long start = System.nanoTime();
            guide.search(QUERIES.get(i % QUERIES.size()));
            searches[i] = (System.nanoTime() - start) / 1e6;
        }
        System.gc();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long html = guide.all().stream().mapToLong(article -> article.html().length() + article.plainText().length())
                .sum();
        System.out.printf("%d pages, %d words%n", guide.all().size(),
                guide.all().stream().mapToInt(GuideArticle::words).sum());
        System.out.printf("read and render all pages: median %.2f ms, p95 %.2f ms (%d runs)%n", median(loads),
                p95(loads), loads.length);
        System.out.printf("one search: median %.3f ms, p95 %.3f ms (%d runs over %s)%n", median(searches),
                p95(searches), searches.length, QUERIES);
        System.out.printf("rendered HTML and plain text kept in memory: %d KiB (heap in use after GC: %d MiB)%n",
                html * 2 / 1024, used / (1024 * 1024));
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
