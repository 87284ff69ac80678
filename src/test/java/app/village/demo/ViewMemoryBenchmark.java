package app.village.demo;

import app.village.VillageApplication;
import app.village.testsupport.RequiresChromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Live heap per signed-in session and bytes sent per navigation, measured on the running application (a plain
 * program under {@code src/test}; its name keeps it out of the test run). It starts Village with its web server
 * on a random port and the demo family in a fresh H2 folder, then, for each page, opens {@code --sessions}
 * sessions in Chromium (each its own browser context: signs in as Maya, or stays signed out for the login page,
 * opens the page, waits for its heading, closes the context; the server keeps the session and its UI). Heap:
 * used heap after a full GC, after the batch minus before it, divided by the sessions. Bytes: the body of every
 * response to Vaadin's requests ({@code v-r=}: the first page's JSON, and each click on a link in the app) while
 * one signed-in session walks the bottom bar's pages and back, averaged per navigation. With {@code --url} and
 * {@code --pid} it measures a Village started elsewhere instead (the packaged jar): heap from
 * {@code jcmd GC.class_histogram}, and with {@code --cpu-clicks} the server's CPU time per navigation.
 */
public final class ViewMemoryBenchmark {

    private ViewMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var family = DemoSeed.read();
        var maya = family.people().getFirst();
        ConfigurableApplicationContext context = null;
        String base;
        Server server;
        if (options.url != null) {
            // --url URL --pid PID: measure a Village started elsewhere (the packaged jar, production mode), its heap
            // read with jcmd, so that neither the client nor development mode is counted.
            base = options.url.endsWith("/") ? options.url : options.url + "/";
            server = new Server.OfProcess(options.pid, options.histograms);
        } else {
            var dataDir = Files.createTempDirectory("village-memory-bench");
            context = new SpringApplicationBuilder(VillageApplication.class).run(
                    "--server.port=0", "--village.data-dir=" + dataDir, "--vaadin.launch-browser=false",
                    "--village.login.first-backoff=1s", "--village.login.attempts-per-address=1000000",
                    "--logging.level.root=warn", "--spring.main.banner-mode=off");
            base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/";
            server = new Server.OfThisProcess();
        }
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(RequiresChromium.Browser.chromiumPath()).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")))) {
            var space = signIn(browser, base, maya.email(), family.password());
            System.out.printf("Village at %s, demo space %s, %d sessions per page%n%n", base, space,
                    options.sessions);

            // --sessions 0 skips the heap figures (for a CPU run).
            if (options.sessions > 0) {
                var pages = new ArrayList<String[]>();
                pages.add(new String[] {"login page, signed out (the bare view)", "login", ""});
                pages.add(new String[] {"family home", "family/" + space, "family/" + space});
                pages.add(new String[] {"Today", "family/" + space + "/today", "family/" + space + "/today"});
                pages.add(new String[] {"Shifts", "family/" + space + "/shifts", "family/" + space + "/shifts"});
                System.out.println("| Page | Live heap per session | First response (JSON) |");
                System.out.println("| --- | --- | --- |");
                // Sessions of every page first, so that what the first visits build once (routes, templates, query
                // plans, worker threads) and what the start frees (the jar's file systems) are not counted.
                for (var page : pages) {
                    for (int i = 0; i < options.warmup; i++) {
                        open(browser, base, page, maya.email(), family.password(), null);
                    }
                }
                // The login page again at the end: what it measures twice shows how far a figure drifts.
                pages.add(pages.getFirst());
                for (int p = 0; p < pages.size(); p++) {
                    var page = pages.get(p);
                    var label = p + "-" + page[1].replace('/', '_');
                    long before = server.liveBytes(label + "-before");
                    long firstResponse = 0;
                    var stillOpen = new ArrayList<BrowserContext>();
                    for (int i = 0; i < options.sessions; i++) {
                        firstResponse = open(browser, base, page, maya.email(), family.password(),
                                options.keepOpen ? stillOpen : null);
                    }
                    // --settle N: wait N seconds first, so that idle keep-alive connections have closed and only what
                    // an open tab keeps for good (its push connection) is counted.
                    Thread.sleep(options.settleSeconds * 1000L);
                    long after = server.liveBytes(label + "-after");
                    stillOpen.forEach(BrowserContext::close);
                    System.out.printf("| %s | %.1f KB | %.1f KB |%n", page[0],
                            (after - before) / 1024.0 / options.sessions, firstResponse / 1024.0);
                }
            }
            System.out.println();
            navigationBytes(browser, base, space, maya.email(), family.password());
            if (options.cpuClicks > 0) {
                cpuPerNavigation(browser, base, space, maya.email(), family.password(), options.cpuClicks, server);
            }
            if (options.burst > 0) {
                navigationBurst(browser, base, space, maya.email(), family.password(), options.burst);
            }
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    /**
     * {@code --sessions N} (50), {@code --warmup N} (20 per page), {@code --burst N} (0: after the measurements, N
     * navigations back to back, for a profiler to sample), {@code --cpu-clicks N} (0: the server's CPU time per
     * navigation over N clicks, with {@code --pid}), {@code --url URL --pid PID} (a running Village),
     * {@code --histograms DIR} (keep each class histogram, to compare what the sessions hold), {@code --keep-open
     * true} (each measured session's tab stays open, its push connection up, until its page is counted), {@code --settle
     * N} (0: seconds to wait before counting a page's sessions).
     */
    private record Options(int sessions, int warmup, int burst, int cpuClicks, String url, long pid,
            java.nio.file.Path histograms, boolean keepOpen, int settleSeconds) {

        static Options parse(String[] args) {
            var values = new java.util.HashMap<String, String>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                values.put(args[i], args[i + 1]);
            }
            return new Options(Integer.parseInt(values.getOrDefault("--sessions", "50")),
                    Integer.parseInt(values.getOrDefault("--warmup", "20")),
                    Integer.parseInt(values.getOrDefault("--burst", "0")),
                    Integer.parseInt(values.getOrDefault("--cpu-clicks", "0")), values.get("--url"),
                    Long.parseLong(values.getOrDefault("--pid", "0")),
                    values.containsKey("--histograms") ? java.nio.file.Path.of(values.get("--histograms")) : null,
                    Boolean.parseBoolean(values.getOrDefault("--keep-open", "false")),
                    Integer.parseInt(values.getOrDefault("--settle", "0")));
        }
    }

    /** The server measured: its live heap after a full collection, and its CPU time. */
    private sealed interface Server {

        long liveBytes(String label) throws Exception;

        /** CPU time the server's process has used so far (user and system), or 0 where it can't be read. */
        default long cpuNanos() throws java.io.IOException {
            return 0;
        }

        /** The benchmark's own JVM: used heap after three full collections. */
        record OfThisProcess() implements Server {
            @Override
            public long liveBytes(String label) throws InterruptedException {
                var memory = ManagementFactory.getMemoryMXBean();
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    Thread.sleep(200);
                }
                return memory.getHeapMemoryUsage().getUsed();
            }
        }

        /**
         * Another JVM: the total of {@code jcmd PID GC.class_histogram}, which counts only reachable objects (it
         * runs a full collection first). Each histogram is kept under DIR when asked, to compare by class.
         */
        record OfProcess(long pid, java.nio.file.Path keep) implements Server {

            /** From /proc/PID/stat: utime and stime, in clock ticks of 10 ms (fields 14 and 15). */
            @Override
            public long cpuNanos() throws java.io.IOException {
                var stat = Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
                var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
            }

            @Override
            public long liveBytes(String label) throws Exception {
                Thread.sleep(1000); // the last session's requests settle before the count
                var jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
                var process = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram")
                        .redirectErrorStream(true).start();
                var histogram = new String(process.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                process.waitFor();
                if (keep != null) {
                    Files.createDirectories(keep);
                    Files.writeString(keep.resolve(label + ".txt"), histogram);
                }
                // The last line: "Total   <instances>   <bytes>"
                var total = histogram.lines().filter(line -> line.trim().startsWith("Total")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no histogram from jcmd: " + histogram));
                var columns = total.trim().split("\\s+");
                return Long.parseLong(columns[2]);
            }
        }
    }

    /**
     * Opens the page in a session of its own; returns the bytes of Vaadin's responses while it opened. The tab is
     * closed (the server keeps the session and its UI), or left open in {@code keep} with its push connection up.
     */
    private static long open(Browser browser, String base, String[] page, String email, String password,
            List<BrowserContext> keep) {
        var sizes = new ArrayList<Integer>();
        var signedIn = !page[2].isEmpty() || !page[1].equals("login");
        var context = browser.newContext();
        try {
            var tab = context.newPage();
            if (signedIn) {
                logIn(tab, base, email, password);
            }
            tab.onResponse(response -> sizes.add(vaadinBytes(response)));
            tab.navigate(base + page[1]);
            tab.locator(page[1].equals("login") ? "vaadin-login-form" : "vaadin-app-layout > main h1").first()
                    .waitFor();
        } finally {
            if (keep == null) {
                context.close();
            } else {
                keep.add(context);
            }
        }
        return sizes.stream().mapToLong(Integer::longValue).sum();
    }

    private static String signIn(Browser browser, String base, String email, String password) {
        try (var context = browser.newContext()) {
            var tab = context.newPage();
            logIn(tab, base, email, password);
            tab.waitForURL(url -> url.contains("/family/"));
            var path = tab.url().substring(tab.url().indexOf("/family/") + "/family/".length());
            return path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        }
    }

    private static void logIn(Page tab, String base, String email, String password) {
        tab.navigate(base + "login");
        tab.getByLabel("Email").fill(email);
        tab.getByLabel("Password").first().fill(password);
        tab.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in").setExact(true)).click();
        tab.waitForURL(url -> !url.endsWith("/login"));
        tab.locator("vaadin-app-layout > main h1").first().waitFor();
    }

    private static int vaadinBytes(Response response) {
        if (!response.url().contains("v-r=")) {
            return 0;
        }
        try {
            return response.body().length;
        } catch (RuntimeException gone) {
            return 0;
        }
    }

    /** One signed-in session clicks through the app's own links: the bytes each click's response carries. */
    private static void navigationBytes(Browser browser, String base, String space, String email, String password)
            throws java.io.IOException {
        var walk = List.of("Today", "Tasks", "Shifts", "Home", "Today", "Tasks", "Shifts", "Home");
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            var tab = context.newPage();
            logIn(tab, base, email, password);
            tab.navigate(base + "family/" + space);
            tab.locator("vaadin-app-layout > main h1").first().waitFor();
            var total = 0L;
            var line = new StringBuilder();
            var sizes = new java.util.concurrent.CopyOnWriteArrayList<Integer>();
            var dump = System.getProperty("village.bench.dump");
            var bodies = new java.util.concurrent.CopyOnWriteArrayList<byte[]>();
            tab.onResponse(response -> {
                sizes.add(vaadinBytes(response));
                if (dump != null && response.url().contains("v-r=")) {
                    bodies.add(response.body());
                }
            });
            int step = 0;
            for (var name : walk) {
                sizes.clear();
                bodies.clear();
                sideNavItem(tab, name).click();
                tab.waitForTimeout(1500);
                long bytes = sizes.stream().mapToLong(Integer::longValue).sum();
                total += bytes;
                if (dump != null) {
                    // -Dvillage.bench.dump=DIR keeps each click's responses, to see which components they carry.
                    var file = java.nio.file.Path.of(dump, (++step) + "-" + name + ".json");
                    Files.createDirectories(file.getParent());
                    try (var out = Files.newOutputStream(file)) {
                        for (var body : bodies) {
                            out.write(body);
                        }
                    }
                }
                line.append(String.format("%s %.1f KB; ", name, bytes / 1024.0));
            }
            System.out.printf("Bytes per navigation (side navigation, 1280 px): %s%naverage %.1f KB%n", line,
                    total / 1024.0 / walk.size());
        }
    }

    /**
     * Server CPU per navigation: the process's CPU time while one session clicks Today, Tasks, Shifts, Home round
     * and round (one click every 400 ms, each answered well within that, after as many clicks to warm up), minus
     * its CPU time over as long a time with no clicks (the idle JVM's own work), divided by the clicks.
     */
    private static void cpuPerNavigation(Browser browser, String base, String space, String email, String password,
            int clicks, Server server) throws Exception {
        var walk = List.of("Today", "Tasks", "Shifts", "Home");
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            var tab = context.newPage();
            logIn(tab, base, email, password);
            tab.navigate(base + "family/" + space);
            tab.locator("vaadin-app-layout > main h1").first().waitFor();
            // As many clicks first, so that the JIT compiler's work on the code they run is not counted.
            for (int i = 0; i < clicks; i++) {
                click(tab, walk.get(i % walk.size()));
            }
            long start = server.cpuNanos();
            long wallStart = System.nanoTime();
            for (int i = 0; i < clicks; i++) {
                click(tab, walk.get(i % walk.size()));
            }
            long busy = server.cpuNanos() - start;
            long wall = System.nanoTime() - wallStart;
            long idleStart = server.cpuNanos();
            Thread.sleep(wall / 1_000_000);
            long idle = server.cpuNanos() - idleStart;
            System.out.printf("Server CPU: %.1f ms per navigation (%d clicks: %.0f ms busy, %.0f ms idle)%n",
                    (busy - idle) / 1e6 / clicks, clicks, busy / 1e6, idle / 1e6);
        }
    }

    private static void click(Page tab, String name) {
        sideNavItem(tab, name).click();
        tab.waitForTimeout(400);
    }

    private static com.microsoft.playwright.Locator sideNavItem(Page tab, String name) {
        return tab.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(name)).first();
    }

    /** One signed-in session clicks Today, Tasks, Shifts, Home round and round, each as soon as the last answered. */
    private static void navigationBurst(Browser browser, String base, String space, String email, String password,
            int navigations) {
        var walk = List.of("Today", "Tasks", "Shifts", "Home");
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            var tab = context.newPage();
            logIn(tab, base, email, password);
            tab.navigate(base + "family/" + space);
            tab.locator("vaadin-app-layout > main h1").first().waitFor();
            var answers = new java.util.concurrent.atomic.AtomicInteger();
            tab.onResponse(response -> {
                if (response.url().contains("v-r=uidl")) {
                    answers.incrementAndGet();
                }
            });
            long start = System.nanoTime();
            for (int i = 0; i < navigations; i++) {
                int before = answers.get();
                sideNavItem(tab, walk.get(i % walk.size())).click();
                // A click that sends nothing (the page already open) would wait forever: 3 s at most.
                for (int waited = 0; answers.get() == before && waited < 300; waited++) {
                    tab.waitForTimeout(10);
                }
            }
            System.out.printf("Burst: %d clicks, %d answers in %.1f s%n", navigations, answers.get(),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
