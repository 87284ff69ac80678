package app.village.demo;

import app.village.VillageApplication;
import app.village.testsupport.RequiresChromium;
import com.microsoft.playwright.Browser;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Live heap per signed-in session and bytes sent per navigation, measured on the running application (a plain
 * program under {@code src/test}; its name keeps it out of the test run). It starts Village with its web server
 * on a random port and the demo family in a fresh H2 folder, then, for each page, opens {@code --sessions}
 * sessions in Chromium (each its own browser context: signs in as Maya, or stays signed out for the login page,
 * opens the page, waits for its heading, closes the context; the server keeps the session and its UI). Heap:
 * used heap after a full GC, after the batch minus before it, divided by the sessions. Bytes: the body of every
 * response to Vaadin's requests ({@code v-r=}: the first page's JSON, and each click on a link in the app) while
 * one signed-in session walks the bottom bar's pages and back, averaged per navigation.
 */
public final class ViewMemoryBenchmark {

    private ViewMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 1 && args[0].equals("--sessions") ? Integer.parseInt(args[1]) : 50;
        // --burst N: after the measurements, N navigations back to back, for a profiler (JFR) to sample.
        int burst = args.length > 3 && args[2].equals("--burst") ? Integer.parseInt(args[3]) : 0;
        var dataDir = Files.createTempDirectory("village-memory-bench");
        var family = DemoData.read();
        var maya = family.people().getFirst();
        try (var context = new SpringApplicationBuilder(VillageApplication.class).run(
                "--server.port=0", "--village.data-dir=" + dataDir, "--vaadin.launch-browser=false",
                "--village.login.first-backoff=1s", "--logging.level.root=warn", "--spring.main.banner-mode=off");
                var playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(RequiresChromium.Browser.chromiumPath()).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var base = "http://localhost:" + port + "/";
            var space = signIn(browser, base, maya.email(), family.password());
            System.out.printf("Village on port %d, demo space %s, %d sessions per page%n%n", port, space, sessions);

            var pages = new ArrayList<String[]>();
            pages.add(new String[] {"login page, signed out (the bare view)", "login", ""});
            pages.add(new String[] {"family home", "family/" + space, "family/" + space});
            pages.add(new String[] {"Today", "family/" + space + "/today", "family/" + space + "/today"});
            System.out.println("| Page | Live heap per session | First response (JSON) |");
            System.out.println("| --- | --- | --- |");
            for (var page : pages) {
                // Two sessions first, so that what the first visit of a page builds once (routes, templates) is
                // not counted against the sessions.
                for (int i = 0; i < 2; i++) {
                    open(browser, base, page, maya.email(), family.password());
                }
                long before = usedHeapAfterGc();
                long firstResponse = 0;
                for (int i = 0; i < sessions; i++) {
                    firstResponse = open(browser, base, page, maya.email(), family.password());
                }
                long after = usedHeapAfterGc();
                System.out.printf("| %s | %.1f KB | %.1f KB |%n", page[0], (after - before) / 1024.0 / sessions,
                        firstResponse / 1024.0);
            }
            System.out.println();
            navigationBytes(browser, base, space, maya.email(), family.password());
            if (burst > 0) {
                navigationBurst(browser, base, space, maya.email(), family.password(), burst);
            }
        }
    }

    /** Opens the page in a session of its own; returns the bytes of Vaadin's responses while it opened. */
    private static long open(Browser browser, String base, String[] page, String email, String password) {
        var sizes = new ArrayList<Integer>();
        var signedIn = !page[2].isEmpty() || !page[1].equals("login");
        try (var context = browser.newContext()) {
            var tab = context.newPage();
            if (signedIn) {
                logIn(tab, base, email, password);
            }
            tab.onResponse(response -> sizes.add(vaadinBytes(response)));
            tab.navigate(base + page[1]);
            tab.locator(page[1].equals("login") ? "vaadin-login-form" : "vaadin-app-layout > main h1").first()
                    .waitFor();
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
                var link = tab.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(name)).first();
                link.click();
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
                var link = tab.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(walk.get(i % walk.size()))).first();
                int before = answers.get();
                link.click();
                // A click that sends nothing (the page already open) would wait forever: 3 s at most.
                for (int waited = 0; answers.get() == before && waited < 300; waited++) {
                    tab.waitForTimeout(10);
                }
            }
            System.out.printf("Burst: %d clicks, %d answers in %.1f s%n", navigations, answers.get(),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
