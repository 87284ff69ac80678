package app.village.caretask;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.testsupport.BrowserTest;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.SignedIn;
import app.village.testsupport.TestClockConfiguration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The journey, with one browser per person: the mother adds a meal that repeats on Mondays,
 * Wednesdays and Fridays; the grandmother finds Wednesday's in her Today, takes it on and marks it done with
 * a note; the mother's fair-share picture then shows the grandmother's hour, and the note is on the task.
 * The accounts and the family are made through the services; everything about the task goes through the pages.
 * <p>
 * "Today" has to be a Wednesday in the family's time zone, so this class brings the movable test clock. That
 * costs it an application context of its own: the other browser tests run on the real clock.
 */
@Import(TestClockConfiguration.class)
@ExtendWith(SecurityContextOfThisApplication.class)
class CareTaskJourneyE2ETest extends BrowserTest {

    private static final String PASSWORD = FamilyTestData.PASSWORD;
    private static final ZoneId FAMILY_ZONE = ZoneId.of("Europe/Helsinki");
    private static final String TASK = "Dinner drop-off";
    private static final String NOTE = "Left the soup in the fridge";
    private static final String NOTHING_DONE = "Nothing marked done in these days yet.";
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    /** How the date picker's calendar names a day: "23 November 2026, Monday" (", Today" may follow). */
    private static final DateTimeFormatter DAY_IN_CALENDAR = DateTimeFormatter.ofPattern("d MMMM yyyy, EEEE",
            Locale.US);
    private static final Pattern LEAKED_ERROR = Pattern.compile("Exception|at app\\.village");

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired MutableClock clock;

    /** The grandmother's browser, besides the base class's one (the mother's); closed after each test. */
    private final List<BrowserContext> otherContexts = new ArrayList<>();
    private final List<String> otherServerErrors = new CopyOnWriteArrayList<>();
    private Page mothersPage;
    private LocalDate wednesday;

    /** Noon on this week's Wednesday in the family's time zone: a day-time task, not night work. */
    @BeforeEach
    void itIsWednesdayNoon() {
        wednesday = LocalDate.now(FAMILY_ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(2);
        clock.set(wednesday.atTime(12, 0).atZone(FAMILY_ZONE).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void theMotherAddsARepeatingMealTheGrandmotherDoesWednesdaysAndTheFairSharePictureShowsIt(Viewport viewport) {
        var suffix = viewport.name().charAt(0) + UUID.randomUUID().toString().substring(0, 6);
        var space = "The Okafor family " + suffix;
        var motherName = "Ada " + suffix;
        var grandmotherName = "Grandma Ngozi " + suffix;
        var motherEmail = "e2e-mother-" + UUID.randomUUID() + "@example.org";
        var grandmotherEmail = "e2e-grandmother-" + UUID.randomUUID() + "@example.org";
        var spaceId = aFamily(space, motherName, motherEmail, grandmotherName, grandmotherEmail);
        var monday = wednesday.minusDays(2);
        var lastDay = monday.plusWeeks(6).minusDays(3);

        // The mother, in her browser: logging in opens her family's home, where nobody has done anything yet.
        mothersPage = open(viewport);
        logIn(motherEmail, PASSWORD);
        assertThat(pageHeading(space)).isVisible();
        assertThat(page).hasURL(Pattern.compile("/family/" + spaceId + "$"));
        assertThat(fairShare()).containsText(NOTHING_DONE);

        // From Today she adds the meal: Mondays, Wednesdays and Fridays from this Monday, for six weeks.
        goToToday(viewport);
        assertThat(page.getByText(longDay(wednesday))).isVisible();
        link("Add a task").click();
        assertThat(pageHeading("Add a task")).isVisible();
        textbox("What needs doing").fill(TASK);
        chooseInSelect("Category", "Meals");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("On chosen weekdays").setExact(true))
                .check();
        for (var day : List.of("Monday", "Wednesday", "Friday")) {
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(day).setExact(true)).check();
        }
        chooseDate(viewport, "First day", monday);
        chooseDate(viewport, "Last day", lastDay);
        page.getByText("More: times and effort", new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Effort in minutes").setExact(true))
                .fill("60");
        assertNoHorizontalScroll(viewport);
        button("Add the task").click();

        // The first day's task opens, Monday's, with the rule it follows.
        assertThat(pageHeading(TASK)).isVisible();
        var facts = page.locator(".task-facts");
        assertThat(facts).containsText("Every Mon, Wed, Fri until " + shortDate(lastDay));
        assertThat(facts).containsText("Meals");
        assertThat(facts).containsText("About 1 h");
        page.locator("a.back-link").click();
        assertThat(pageHeading(space)).isVisible();
        assertThat(fairShare()).containsText(NOTHING_DONE);

        // The grandmother, in her own browser, finds Wednesday's meal in her Today and takes it on.
        openAnotherBrowser(viewport);
        logIn(grandmotherEmail, PASSWORD);
        assertThat(pageHeading(space)).isVisible();
        assertThat(page).hasURL(Pattern.compile("/family/" + spaceId + "$"));
        goToToday(viewport);
        var open = taskSection("Still open today and tomorrow");
        assertThat(open.locator("li.task-card")).hasCount(1);
        assertThat(open.locator("li.task-card")).containsText(TASK);
        assertThat(open.locator("li.task-card")).containsText("Today · Meals · 1 h · repeats");
        assertThat(taskSection("You're doing")).containsText("Nothing taken on yet.");
        assertNoHorizontalScroll(viewport);
        button("I'll do it: " + TASK + ", Today").click();

        assertThat(page.getByText("It's yours. Thank you!")).isVisible();
        var mine = taskSection("You're doing").locator("li.task-card");
        assertThat(mine).hasCount(1);
        assertThat(mine).containsText(TASK);
        assertThat(mine).containsText("You're on it");
        assertThat(open).containsText("Everything for today and tomorrow is taken care of.");

        // She brings it, and says where the soup is; it leaves her lists.
        button("Done: " + TASK + ", Today").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Mark \"" + TASK + "\" done");
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Note for the family (optional)"))
                .fill(NOTE);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done").setExact(true)).click();
        assertThat(dialog).isHidden();
        assertThat(page.getByText("Done. Thank you!")).isVisible();
        assertThat(taskSection("You're doing")).containsText("Nothing taken on yet.");
        assertThat(taskSection("Still open today and tomorrow"))
                .containsText("Everything for today and tomorrow is taken care of.");
        assertThat(page.locator("vaadin-app-layout > main").getByText(TASK)).hasCount(0);

        // The mother reloads her home: the picture now shows the grandmother's hour, and none for herself.
        use(mothersPage);
        page.reload();
        assertThat(pageHeading(space)).isVisible();
        assertThat(fairShare()).not().containsText(NOTHING_DONE);
        var grandmothersRow = shareRow(grandmotherName);
        assertThat(grandmothersRow.locator(".share-figure")).hasText("1 h");
        assertThat(grandmothersRow.locator(".share-fill")).hasAttribute("style", Pattern.compile("width: 100(\\.0)?%"));
        assertThat(shareRow(motherName + " (you)").locator(".share-figure")).hasText("none yet");

        // Among the tasks done, Wednesday's has the grandmother's name and note; its own page keeps the note too.
        link("All tasks").click();
        assertThat(pageHeading("Tasks")).isVisible();
        page.getByText("Filters", new Page.GetByTextOptions().setExact(true)).click();
        chooseInSelect("Status", "Done");
        var done = page.locator("ul.task-list > li.task-card");
        assertThat(done).hasCount(1);
        assertThat(done).containsText("Today · Meals · 1 h · Every Mon, Wed, Fri until " + shortDate(lastDay));
        assertThat(done).containsText("Done by " + grandmotherName);
        assertThat(done.locator(".task-done-note")).hasText("\"" + NOTE + "\"");
        assertNoHorizontalScroll(viewport);
        done.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(TASK).setExact(true)).click();
        assertThat(pageHeading(TASK)).isVisible();
        assertThat(page.locator("p.task-status")).hasText("Done by " + grandmotherName);
        assertThat(facts).containsText("Today");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Note when it was done")))
                .isVisible();
        assertThat(page.getByText(NOTE, new Page.GetByTextOptions().setExact(true))).isVisible();
    }

    /**
     * The mother's space with the grandmother in it as a supporter, made through the services the pages use;
     * returns the space's id.
     */
    private SpaceId aFamily(String space, String motherName, String motherEmail, String grandmotherName,
            String grandmotherEmail) {
        var mother = accounts.register(new Registration(motherEmail, motherName, PASSWORD));
        var grandmother = accounts.register(new Registration(grandmotherEmail, grandmotherName, PASSWORD));
        try {
            SignedIn.as(mother, motherName);
            var spaceId = families.createSpace(SpaceForm.named(space, FAMILY_ZONE.getId()));
            var link = invitations.invite(spaceId, new InvitationForm(grandmotherName, "grandmother",
                    FamilyRole.SUPPORTER, grandmotherEmail, "")).link();
            SignedIn.as(grandmother, grandmotherName);
            invitations.accept(FamilyTestData.tokenOf(link), "e2e-" + UUID.randomUUID());
            return spaceId;
        } finally {
            SignedIn.nobody();
        }
    }

    /** "Today" as a person reaches it: the bottom bar on a phone, the side navigation on a laptop. */
    private void goToToday(Viewport viewport) {
        var nav = page.locator(viewport == Viewport.PHONE ? "nav.bottom-nav" : "vaadin-side-nav");
        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Today").setExact(true)).click();
        assertThat(pageHeading("Today")).isVisible();
    }

    private void chooseInSelect(String label, String option) {
        var select = page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(label))));
        select.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(select.locator("vaadin-select-value-button")).hasText(option);
    }

    /**
     * Chooses a day as a person does: on a laptop by typing it and pressing Enter; on a phone by tapping it in
     * the full-screen calendar the field opens, scrolling to later months first (there the field takes no typing).
     */
    private void chooseDate(Viewport viewport, String label, LocalDate date) {
        var picker = page.locator("vaadin-date-picker").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(label))));
        // Not by role: on a phone the open calendar hides the rest of the page from the accessibility tree.
        var input = picker.locator("input");
        if (viewport == Viewport.PHONE) {
            input.click();
            var day = picker.locator("vaadin-month-calendar td[role=gridcell][aria-label^='"
                    + DAY_IN_CALENDAR.format(date) + "']");
            picker.locator("vaadin-date-picker-month-scroller").hover();
            for (var swipes = 0; swipes < 12 && !day.isVisible(); swipes++) {
                page.mouse().wheel(0, 250);
                page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            }
            // The calendar ignores taps until it has stopped scrolling; then a second tap does it, as for a person.
            for (var taps = 1; ; taps++) {
                day.click();
                try {
                    assertThat(picker).not().hasAttribute("opened", "",
                            new LocatorAssertions.HasAttributeOptions().setTimeout(1_000));
                    break;
                } catch (AssertionError stillOpen) {
                    if (taps == 5) {
                        throw stillOpen;
                    }
                }
            }
        } else {
            input.fill(TYPED_DATE.format(date));
            input.press("Enter");
        }
        assertThat(picker).not().hasAttribute("opened", "");
        assertThat(input).hasValue(TYPED_DATE.format(date));
    }

    /** A page's own heading; "Today" is also a section's heading on the family home. */
    private Locator pageHeading(String name) {
        return page.locator("vaadin-app-layout > main h1").filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("^" + literal(name) + "$")));
    }

    private Locator taskSection(String heading) {
        return page.locator("section.task-section").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setExact(true))));
    }

    /** The fair-share picture, opened: it is built when she asks for it. */
    private Locator fairShare() {
        var section = page.locator("section.fair-share");
        assertThat(section).isVisible();
        var show = section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show the fair share"));
        if (show.count() > 0) {
            show.click();
            assertThat(section.locator(".share-periods")).isVisible();
        }
        return section;
    }

    /** A row of the fair share's last 7 days. */
    private Locator shareRow(String shownName) {
        return fairShare().locator(".share-week li.share-row").filter(new Locator.FilterOptions().setHas(
                page.locator(".share-name", new Page.LocatorOptions().setHasText(
                        Pattern.compile("^" + literal(shownName) + "$")))));
    }

    private static String longDay(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US).format(date);
    }

    private static String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM d", Locale.US).format(date);
    }

    /** A second browser (own cookies, same size) from the same Chromium, made the current {@link #page}. */
    private Page openAnotherBrowser(Viewport viewport) {
        var other = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height));
        otherContexts.add(other);
        other.setDefaultTimeout(15_000);
        var otherPage = other.newPage();
        otherPage.onResponse(response -> {
            if (response.status() >= 500) {
                otherServerErrors.add(response.status() + " " + response.url());
            }
        });
        use(otherPage);
        return otherPage;
    }

    /** Lets the helpers (textbox, button, link...) act in this person's browser. */
    private void use(Page personsPage) {
        page = personsPage;
        page.bringToFront();
    }

    @AfterEach
    void closeOtherBrowsersAndLetTimeRunAgain() {
        try {
            for (var other : otherContexts) {
                for (var otherPage : other.pages()) {
                    if (!otherPage.isClosed()) {
                        assertThat(otherPage.getByText(LEAKED_ERROR)).hasCount(0);
                    }
                }
            }
            assertEquals(List.of(), otherServerErrors, "server errors in the other browsers");
        } finally {
            otherContexts.forEach(BrowserContext::close);
            otherContexts.clear();
            // The base class checks and closes the mother's browser.
            if (mothersPage != null) {
                page = mothersPage;
            }
            clock.set(Instant.now());
        }
    }

    /** Nothing on a phone may need sideways scrolling. */
    private void assertNoHorizontalScroll(Viewport viewport) {
        var scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(scrollWidth <= viewport.width,
                "the page is " + scrollWidth + " px wide in a " + viewport.width + " px window");
    }

    /** Text as a regular expression that works in the browser too: JavaScript knows no Pattern.quote quoting. */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }
}
