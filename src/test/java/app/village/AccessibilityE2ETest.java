package app.village;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.village.account.AccountService;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskId;
import app.village.demo.DemoFamilyForTests;
import app.village.family.FamilyService;
import app.village.family.InvitationService;
import app.village.guide.GuideArticles;
import app.village.shift.BreakService;
import app.village.shift.HandoffService;
import app.village.shift.RestService;
import app.village.shift.ShiftId;
import app.village.shift.ShiftService;
import app.village.testsupport.BrowserTest;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.SignedIn;
import app.village.update.UpdateForm;
import app.village.update.UpdateService;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe (WCAG 2.0 A and AA, WCAG 2.1 AA) on every page, at both widths, signed out and as each role of the demo
 * family (Maya the owner, Daniel the organizer, Grandma Rose a supporter). A serious or critical violation fails
 * the test; all of a run's violations are listed at once, with the page, the rule and the element.
 */
@ExtendWith(SecurityContextOfThisApplication.class)
class AccessibilityE2ETest extends BrowserTest {

    private static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())
            """;
    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /** docs/decisions/touch-targets-44-px.md: touch targets of our own links and buttons are at least 44 px. */
    private static final int PROMISED_TARGET_PX = 44;
    private static final String PROMISED_TARGETS = "main .task-title, main .night a, main vaadin-radio-button, "
            + "main vaadin-checkbox, main vaadin-details-summary";
    private static final String OWNER = "maya@village.example";
    private static final String ORGANIZER = "daniel@village.example";
    private static final String SUPPORTER = "rose@village.example";

    /** Loaded once: browser tests share one database, and the demo people can register only once in it. */
    private static DemoFamilyForTests demo;
    private static TaskId taskId;
    private static ShiftId shiftId;
    /** Each role's cookies after her one login through the form, for her test at the other width. */
    private static final Map<String, String> signedInStateByEmail = new ConcurrentHashMap<>();

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired RestService restService;
    @Autowired HandoffService handoffService;
    @Autowired GuideArticles guide;
    @Autowired Clock clock;
    @Autowired UpdateService updates;

    @BeforeEach
    void loadTheDemoFamilyOnce() {
        if (demo != null) {
            return;
        }
        try {
            demo = DemoFamilyForTests.load(accounts, families, invitations, taskWrites, taskReads, shifts,
                    breakService, restService, handoffService, updates, clock);
            var maya = demo.peopleByEmail().get(OWNER);
            SignedIn.as(maya.accountId(), maya.displayName());
            var today = LocalDate.now(clock.withZone(ZoneId.of("America/Chicago")));
            taskId = taskReads.tasks(demo.spaceId()).getFirst().id();
            shiftId = shifts.week(demo.spaceId(), today, false).getFirst().id();
            // An update, pinned and hearted, so the home and the Updates page are scanned with a card on them.
            var update = updates.post(demo.spaceId(),
                    new UpdateForm("We're home, all well. No visits this week, please."));
            updates.pin(demo.spaceId(), update);
            updates.toggleHeart(demo.spaceId(), update);
        } finally {
            SignedIn.nobody();
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void pagesForSomeoneSignedOutHaveNoSeriousOrCriticalViolations(Viewport viewport) {
        open(viewport);
        var slug = guide.all().getFirst().slug();
        // A reset link that isn't one shows the friendly "this link can't be used" page.
        assertNoSeriousViolations(viewport, List.of("", "login", "register", "forgot-password",
                "reset-password/this-link-is-not-a-real-one", "guide", "guide/" + slug, "help"));
    }

    static Stream<Arguments> rolesAtBothWidths() {
        return Stream.of(OWNER, ORGANIZER, SUPPORTER)
                .flatMap(email -> Stream.of(Viewport.values()).map(viewport -> Arguments.of(email, viewport)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("rolesAtBothWidths")
    void everyPageOfEachRoleHasNoSeriousOrCriticalViolations(String email, Viewport viewport) {
        signInAt(viewport, email);
        assertNoSeriousViolations(viewport, routesFor(email));
    }

    /**
     * Logs in through the form once per role and reuses her cookies at the other width: the login page itself
     * is scanned signed out, and each login costs a password hash and a page load.
     */
    private void signInAt(Viewport viewport, String email) {
        var state = signedInStateByEmail.get(email);
        if (state != null) {
            open(viewport, new Browser.NewContextOptions().setStorageState(state));
            return;
        }
        open(viewport);
        logIn(email, demo.password());
        signedInStateByEmail.put(email, context.storageState());
    }

    private List<String> routesFor(String email) {
        var space = "family/" + demo.spaceId();
        var task = space + "/tasks/" + taskId;
        var shift = space + "/shifts/" + shiftId;
        var routes = new ArrayList<>(List.of("", space, space + "/members", "today", space + "/tasks", task,
                space + "/shifts", shift, space + "/rest", space + "/updates", "account", "calendar-feed", "spaces/new",
                "guide", "guide/" + guide.all().getFirst().slug(), "help"));
        if (!email.equals(SUPPORTER)) {
            routes.addAll(List.of(space + "/tasks/new", task + "/edit", space + "/shifts/new", shift + "/edit"));
        }
        if (email.equals(OWNER)) {
            routes.addAll(List.of(space + "/invite", space + "/settings", space + "/activity"));
        }
        return routes;
    }

    private void assertNoSeriousViolations(Viewport viewport, List<String> routes) {
        var found = new ArrayList<String>();
        for (var route : routes) {
            navigate(route);
            settle();
            var where = "/" + route + " at " + viewport.width + " px: ";
            if (!route.equals("login") && page.url().contains("/login")) {
                found.add(where + "sent to the login page instead"); // a scan of the wrong page proves nothing
            }
            found.addAll(seriousViolations(where, axe().withTags(WCAG_A_AA)));
            if (viewport == Viewport.PHONE) {
                // WCAG 2.2's 24 px minimum for every target (axe runs a rule list or tags, not both at once) ...
                found.addAll(seriousViolations(where, axe().withRules(List.of("target-size"))));
                // ... and the 44 px that docs/decisions/touch-targets-44-px.md promises for our own links, choices
                // and toggles.
                for (var small : targetsBelow(PROMISED_TARGET_PX)) {
                    found.add(where + "target under " + PROMISED_TARGET_PX + " px: " + small);
                }
            }
        }
        found.forEach(System.out::println); // the report shows them too; the log shows them as the run goes
        assertEquals(List.of(), found, "serious or critical accessibility violations");
    }

    private static List<String> seriousViolations(String where, AxeBuilder axe) {
        var found = new ArrayList<String>();
        for (Rule rule : axe.analyze().getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    found.add(where + rule.getId() + " (" + rule.getImpact() + ") on " + node.getTarget() + " "
                            + node.getHtml());
                }
            }
        }
        return found;
    }

    /** Visible promised targets on the page that are lower than {@code px}, described by tag, class and text. */
    @SuppressWarnings("unchecked")
    private List<String> targetsBelow(int px) {
        return (List<String>) page.evaluate("""
                px => [...document.querySelectorAll(arguments_selector)]
                    .filter(e => e.checkVisibility() && e.getBoundingClientRect().height < px)
                    .map(e => `${e.localName}.${e.className} "${e.textContent.trim().slice(0, 40)}" `
                        + `${Math.round(e.getBoundingClientRect().height)} px`)
                """.replace("arguments_selector", "'" + PROMISED_TARGETS + "'"), px);
    }

    /**
     * Vaadin renders the view's components after the heading appears: scan once no Vaadin client is busy (as
     * TestBench's waitForVaadin does); scanned earlier, a page looks clean. {@link #navigate} has already waited
     * for the load event. Waiting for the network to go quiet as well cost half a second a page and found nothing
     * more (docs/decisions/faster-browser-tests.md).
     */
    private void settle() {
        page.waitForFunction(VAADIN_IDLE);
    }

    /**
     * axe on the page itself. Its default mode opens a second page for every scan to merge the results of
     * cross-origin frames; Village's pages have none, so the result is the same without that second page.
     */
    private AxeBuilder axe() {
        return new AxeBuilder(page).setLegacyMode(true);
    }
}
