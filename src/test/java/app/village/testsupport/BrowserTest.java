package app.village.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An end-to-end test: the whole application on a random port, driven through Debian's Chromium.
 * One browser for the whole run; each test opens its own context (cookies, viewport) with {@link #open}.
 * Subclasses add no Spring configuration of their own, so all browser tests share one application context.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@RequiresChromium
@ExtendWith({SecurityContextOfThisApplication.class, BrowserTest.SharedBrowser.class,
        BrowserTest.ScreenshotOnFailure.class})
public abstract class BrowserTest {

    /** The widths every journey is checked at: a laptop and a common phone. */
    public enum Viewport {
        DESKTOP(1280, 800), PHONE(390, 844);

        public final int width;
        public final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    /** Text that would mean a stack trace or exception detail reached the page. */
    private static final Pattern LEAKED_ERROR = Pattern.compile("Exception|at app\\.village");

    private static final Pattern ACCOUNT_MENU = Pattern.compile("^Account menu for ");

    /** The run's one browser, from {@link SharedBrowser}. */
    private static Browser browser;

    @LocalServerPort
    private int port;

    protected BrowserContext context;
    protected Page page;
    private Viewport viewport;
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();

    /**
     * One Chromium for the whole run, started by the first browser test class and closed when JUnit finishes:
     * each test still gets a context of its own (no cookies, no storage), which is what isolates it, and a
     * context costs a fraction of a browser start.
     */
    static final class SharedBrowser implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext extension) {
            browser = extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(Launched.class, key -> Launched.chromium(), Launched.class).browser();
        }

        /** Closed by JUnit with the root store, at the end of the run. */
        private record Launched(Playwright playwright, Browser browser) implements AutoCloseable {

            static Launched chromium() {
                // Vaadin renders after the page loads, and this machine may be busy: be patient, never sleep.
                PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
                // Never let Playwright fetch a browser of its own: we drive the one the system provides.
                var playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                return new Launched(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(RequiresChromium.Browser.chromiumPath())
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run",
                                "--disable-dev-shm-usage"))));
            }

            @Override
            public void close() {
                browser.close();
                playwright.close();
            }
        }
    }

    /** Opens a fresh browser context (no cookies) at the given size; the page is then in {@link #page}. */
    protected Page open(Viewport viewport) {
        return open(viewport, new Browser.NewContextOptions());
    }

    protected Page open(Viewport viewport, Browser.NewContextOptions options) {
        this.viewport = viewport;
        context = browser.newContext(options.setViewportSize(viewport.width, viewport.height));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onResponse(response -> {
            if (response.status() >= 500) {
                serverErrors.add(response.status() + " " + response.url());
            }
        });
        return page;
    }

    @AfterEach
    void closeContext() {
        try {
            if (page != null && !page.isClosed()) {
                assertNoErrorDetailsShown();
            }
            assertEquals(List.of(), serverErrors, "server errors during the test");
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens a page and waits until Vaadin has rendered its view, with its heading, into the layout. */
    protected void navigate(String path) {
        page.navigate(url(path));
        try {
            assertThat(page.locator("vaadin-app-layout > main h1")).isVisible();
        } catch (AssertionError e) {
            throw new AssertionError("No Village page at /" + path + " (now at " + page.url() + ")", e);
        }
    }

    protected Locator textbox(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Fills in the registration form and submits it; the caller checks where that led. */
    protected void register(String email, String name, String password) {
        navigate("register");
        textbox("Email").fill(email);
        textbox("Your name").fill(name);
        textbox("Password").fill(password);
        button("Create account").click();
    }

    /**
     * Logs in through the login page; the caller checks whether it worked. The one login of every browser test,
     * with no second try: a login that comes back signed out is a bug
     * (docs/decisions/no-new-session-for-stale-background-requests.md).
     */
    protected void logIn(String email, String password) {
        navigate("login");
        textbox("Email").fill(email);
        textbox("Password").fill(password);
        button("Log in").click();
        // The form posts and the server redirects: home on success, back to /login?error on failure.
        page.waitForURL(address -> !address.endsWith("/login"));
    }

    /** Logs out through the user menu in the header and waits for the signed-out header. */
    protected void logOut() {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(ACCOUNT_MENU)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log out").setExact(true)).click();
        assertThat(signedOutHeader()).isVisible();
    }

    /** The header's "Log in" link, there only for someone signed out. */
    protected Locator signedOutHeader() {
        return page.locator(".header-actions .login-link");
    }

    /** Nothing on the page may look like a stack trace or an exception's message. */
    protected void assertNoErrorDetailsShown() {
        assertThat(page.getByText(LEAKED_ERROR)).hasCount(0);
    }

    /** Takes a screenshot of the page of a test that failed, named after the test and the viewport. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext extension) {
            if (extension.getExecutionException().isEmpty()) {
                return;
            }
            if (!(extension.getRequiredTestInstance() instanceof BrowserTest test)
                    || test.page == null || test.page.isClosed()) {
                return;
            }
            var name = extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName()
                    + "-" + (test.viewport == null ? "default" : test.viewport.name().toLowerCase());
            try {
                test.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
                        .setFullPage(true).setTimeout(5_000));
            } catch (RuntimeException e) {
                System.err.println("Could not take a screenshot of the failed test " + name + ": " + e.getMessage());
            }
        }
    }
}
