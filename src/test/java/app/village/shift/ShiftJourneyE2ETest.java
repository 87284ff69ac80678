package app.village.shift;

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
 * The journey, with one browser per person: the mother protects her sleep and asks for a Saturday
 * afternoon break; her partner takes tonight's night shift and the break; her week then shows the covered
 * night and her hours of rest; near the end of the night he writes a handoff, which she finds on her home.
 * The accounts and the family are made through the services; everything about shifts goes through the pages.
 * <p>
 * "Tonight" and "Saturday" have to fall in the same Monday-to-Sunday week, so this class brings the movable
 * test clock and starts on a Thursday evening in the family's time zone.
 */
@Import(TestClockConfiguration.class)
@ExtendWith(SecurityContextOfThisApplication.class)
class ShiftJourneyE2ETest extends BrowserTest {

    private static final String PASSWORD = FamilyTestData.PASSWORD;
    private static final ZoneId FAMILY_ZONE = ZoneId.of("Europe/Helsinki");
    private static final String NIGHT = "Night shift: her sleep";
    private static final String BREAK = "Break for her: sleep";
    /** Her window, not the form's 11:00 PM to 4:00 AM, so the page must have taken what she typed. */
    private static final String FALL_ASLEEP = "10:30 PM";
    private static final String WAKE = "3:30 AM";
    private static final String NIGHT_HOURS = "10:30 PM to 3:30 AM (next day)";
    private static final String BREAK_HOURS = "2:00 PM to 5:00 PM";
    private static final String LAST_FEED = "left side, 15 minutes";
    private static final String NAPPIES = "1 wet";
    private static final String WATCH_FOR = "A little warm, check again at 6";
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    /** How the date picker's calendar names a day: "23 November 2026, Monday" (", Today" may follow). */
    private static final DateTimeFormatter DAY_IN_CALENDAR = DateTimeFormatter.ofPattern("d MMMM yyyy, EEEE",
            Locale.US);
    private static final DateTimeFormatter WEEK_DAY = DateTimeFormatter.ofPattern("EEEE, MMM d", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);
    private static final Pattern LEAKED_ERROR = Pattern.compile("Exception|at app\\.village");

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired MutableClock clock;

    /** The partner's browser, besides the base class's one (the mother's); closed after each test. */
    private final List<BrowserContext> otherContexts = new ArrayList<>();
    private final List<String> otherServerErrors = new CopyOnWriteArrayList<>();
    private Page mothersPage;
    private LocalDate thursday;

    /** Six in the evening on this week's Thursday in the family's time zone: tonight and Saturday are ahead. */
    @BeforeEach
    void itIsThursdayEvening() {
        thursday = LocalDate.now(FAMILY_ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(3);
        clock.set(thursday.atTime(18, 0).atZone(FAMILY_ZONE).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void theMotherProtectsHerSleepAndAsksForABreakHerPartnerCoversBothAndHisHandoffReachesHer(Viewport viewport) {
        var suffix = viewport.name().charAt(0) + UUID.randomUUID().toString().substring(0, 6);
        var space = "The Virtanen family " + suffix;
        var motherName = "Aino " + suffix;
        var partnerName = "Mikko " + suffix;
        var motherEmail = "e2e-mother-" + UUID.randomUUID() + "@example.org";
        var partnerEmail = "e2e-partner-" + UUID.randomUUID() + "@example.org";
        var spaceId = aFamily(space, motherName, motherEmail, partnerName, partnerEmail);
        var saturday = thursday.plusDays(2);

        // The mother, in her browser: her home says nobody has covered any rest for her yet.
        mothersPage = open(viewport);
        logIn(motherEmail, PASSWORD);
        assertThat(pageHeading(space)).isVisible();
        assertThat(page).hasURL(Pattern.compile("/family/" + spaceId + "$"));
        assertThat(restOnHome()).containsText("Your rest");
        assertThat(restOnHome()).containsText(
                "This week you have 0 min of rest covered, and 0 nights with someone on the night shift.");

        // She plans her rest: a sleep window from 10:30 PM to 3:30 AM.
        link("Plan my rest").click();
        assertThat(pageHeading("Your rest")).isVisible();
        chooseTime("Fall asleep at", FALL_ASLEEP);
        chooseTime("Wake at", WAKE);
        button("Protect my sleep").click();
        assertThat(page.getByText("Your sleep is protected. Night shifts are open for the next two weeks."))
                .isVisible();
        assertThat(button("Save my sleep window")).isVisible();
        assertThat(page.locator("li.night")).hasCount(14);
        assertThat(night("Tonight").locator(".night-open")).hasText("Open");
        assertThat(night("Tomorrow night").locator(".night-open")).hasText("Open");
        assertNoHorizontalScroll(viewport);

        // ...and asks for Saturday afternoon, to sleep.
        chooseDate(viewport, "Day", saturday);
        chooseTime("From", "2:00 PM");
        chooseTime("Until", "5:00 PM");
        var sleep = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Sleep").setExact(true));
        sleep.check();
        assertThat(sleep).isChecked();
        button("Ask for a break").click();
        assertThat(page.getByText("Your circle can see your break now. Someone will sign up for it.")).isVisible();

        // Her partner, in his own browser, sees her window on the rest page and takes tonight.
        openAnotherBrowser(viewport);
        logIn(partnerEmail, PASSWORD);
        assertThat(pageHeading(space)).isVisible();
        assertThat(page).hasURL(Pattern.compile("/family/" + spaceId + "$"));
        assertThat(restOnHome()).containsText("Her rest");
        assertThat(restOnHome()).containsText("Next night: not covered yet.");
        link("Help her rest").click();
        assertThat(pageHeading("Her rest")).isVisible();
        assertThat(page.getByText("She sleeps from " + FALL_ASLEEP + " to " + WAKE + ". Take a night so she can."))
                .isVisible();
        assertNoHorizontalScroll(viewport);
        button("Take the night shift: Tonight").click();
        assertThat(page.getByText("Thank you. She can sleep.")).isVisible();
        assertThat(night("Tonight").locator(".night-covered")).hasText("Covered by you");
        assertThat(button("Take the night shift: Tonight")).hasCount(0);
        assertThat(button("Take the night shift: Tomorrow night")).isVisible();

        // In the week, he finds her Saturday break and signs up for it with one tap.
        goToShifts(viewport);
        var tonightsShift = shiftCard(thursday, NIGHT);
        assertThat(tonightsShift).containsText(NIGHT_HOURS);
        assertThat(tonightsShift.locator(".task-status")).hasText("You're on it");
        var saturdaysBreak = shiftCard(saturday, BREAK);
        assertThat(saturdaysBreak).containsText(BREAK_HOURS);
        assertThat(saturdaysBreak.locator(".task-status")).hasText("1 place open · Nobody yet");
        assertNoHorizontalScroll(viewport);
        button("Sign up: " + BREAK + ", " + SHORT_DAY.format(saturday) + " " + BREAK_HOURS).click();
        assertThat(page.getByText("You're on it. Thank you!")).isVisible();
        assertThat(saturdaysBreak.locator(".task-status")).hasText("You're on it");
        assertThat(saturdaysBreak.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Withdraw: " + BREAK + ", " + SHORT_DAY.format(saturday) + " " + BREAK_HOURS)
                .setExact(true))).isVisible();

        // The mother's week: tonight is covered by him, and so are her hours of rest.
        use(mothersPage);
        page.reload();
        assertThat(pageHeading("Your rest")).isVisible();
        assertThat(night("Tonight").locator(".night-covered")).hasText("Covered by " + partnerName);
        assertThat(night("Tomorrow night").locator(".night-open")).hasText("Open");
        // 5 h of tonight's sleep and 3 h of Saturday's break.
        assertThat(page.locator("p.lead")).hasText(
                "Your rest this week: 8 h covered, 1 night with someone on the night shift.");
        goToShifts(viewport);
        assertThat(shiftCard(thursday, NIGHT).locator(".task-status")).hasText("Covered · " + partnerName);
        assertThat(shiftCard(thursday, NIGHT)).containsText(NIGHT_HOURS);
        assertThat(shiftCard(saturday, BREAK).locator(".task-status")).hasText("Covered · " + partnerName);
        assertThat(shiftCard(thursday.plusDays(1), NIGHT).locator(".task-status")).hasText("1 place open · Nobody yet");
        assertNoHorizontalScroll(viewport);

        // A quarter past three in the night: before he hands the baby back, he writes the handoff.
        clock.set(thursday.plusDays(1).atTime(3, 15).atZone(FAMILY_ZONE).toInstant());
        use(partnersPage());
        page.reload();
        assertThat(pageHeading("Shifts")).isVisible();
        shiftCard(thursday, NIGHT).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(NIGHT)
                .setExact(true)).click();
        assertThat(pageHeading(NIGHT)).isVisible();
        var facts = page.locator(".task-facts");
        assertThat(fact(facts, "Time")).hasText(NIGHT_HOURS);
        assertThat(fact(facts, "Helpers")).hasText("You");
        assertThat(fact(facts, "Places")).hasText("Covered");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Handoff for the next person").setExact(true))).isVisible();
        chooseTime("Last feed at", "2:30 AM");
        textbox("Last feed: side or amount").fill(LAST_FEED);
        textbox("Nappies").fill(NAPPIES);
        textbox("Anything to watch").fill(WATCH_FOR);
        assertNoHorizontalScroll(viewport);
        button("Save the handoff").click();
        assertThat(page.getByText("Handoff saved. The next helper and the mother will see it.")).isVisible();
        var written = page.locator("section.handoff");
        assertThat(written).hasCount(1);
        assertThat(written).containsText("From " + partnerName + ", " + SHORT_DAY.format(thursday.plusDays(1))
                + " at 3:15 AM");
        assertThat(written).containsText("2:30 AM " + LAST_FEED);

        // The mother wakes, opens her home: her rest this week, and the handoff, so she needn't ask.
        use(mothersPage);
        navigate("family/" + spaceId);
        assertThat(pageHeading(space)).isVisible();
        assertThat(restOnHome()).containsText(
                "This week you have 8 h of rest covered, and 1 night with someone on the night shift.");
        // It is Friday now: the next night is tonight's, which nobody has taken yet.
        assertThat(restOnHome()).containsText("Next night: not covered yet.");
        var latest = restOnHome().locator("section.handoff");
        assertThat(latest.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Latest handoff")
                .setExact(true))).isVisible();
        assertThat(latest).containsText("From " + partnerName + ", " + SHORT_DAY.format(thursday.plusDays(1))
                + " at 3:15 AM");
        assertThat(fact(latest, "Last feed")).hasText("2:30 AM " + LAST_FEED);
        assertThat(fact(latest, "Nappies")).hasText(NAPPIES);
        assertThat(fact(latest, "Watch for")).hasText(WATCH_FOR);
        assertNoHorizontalScroll(viewport);
    }

    /**
     * The mother's space with her partner in it as an organizer, made through the services the pages use;
     * returns the space's id.
     */
    private SpaceId aFamily(String space, String motherName, String motherEmail, String partnerName,
            String partnerEmail) {
        var mother = accounts.register(new Registration(motherEmail, motherName, PASSWORD));
        var partner = accounts.register(new Registration(partnerEmail, partnerName, PASSWORD));
        try {
            SignedIn.as(mother, motherName);
            var spaceId = families.createSpace(SpaceForm.named(space, FAMILY_ZONE.getId()));
            var link = invitations.invite(spaceId, new InvitationForm(partnerName, "partner",
                    FamilyRole.ORGANIZER, partnerEmail, "")).link();
            SignedIn.as(partner, partnerName);
            invitations.accept(FamilyTestData.tokenOf(link), "e2e-" + UUID.randomUUID());
            return spaceId;
        } finally {
            SignedIn.nobody();
        }
    }

    /** "Shifts" as a person reaches it: the bottom bar on a phone, the side navigation on a laptop. */
    private void goToShifts(Viewport viewport) {
        var nav = page.locator(viewport == Viewport.PHONE ? "nav.bottom-nav" : "vaadin-side-nav");
        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Shifts").setExact(true)).click();
        assertThat(pageHeading("Shifts")).isVisible();
    }

    /**
     * Types a time as the picker shows it ("10:30 PM") and commits it with Enter, as a person would. Not by
     * role: with a step under 15 minutes the picker has no list and its input is a plain textbox, not a combobox.
     */
    private void chooseTime(String label, String time) {
        var input = page.locator("vaadin-time-picker").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(
                        Pattern.compile("^" + literal(label) + "$"))))).locator("input");
        input.fill(time);
        input.press("Enter");
        assertThat(input).hasValue(time);
    }

    /**
     * Chooses a day as a person does: on a laptop by typing it and pressing Enter; on a phone by tapping it in
     * the full-screen calendar the field opens, scrolling to later months first (there the field takes no typing).
     */
    private void chooseDate(Viewport viewport, String label, LocalDate date) {
        var picker = page.locator("vaadin-date-picker").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(
                        Pattern.compile("^" + literal(label) + "$")))));
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

    /** A page's own heading; "Your rest" is also a section's heading on the family home. */
    private Locator pageHeading(String name) {
        return page.locator("vaadin-app-layout > main h1").filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("^" + literal(name) + "$")));
    }

    private Locator restOnHome() {
        return page.locator("section.rest-on-home");
    }

    /** A night in the rest page's list of protected nights, by its name ("Tonight", "Tomorrow night"). */
    private Locator night(String name) {
        return page.locator("li.night").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))));
    }

    /** The card of a shift in the week's column for that day ("Thursday, Mar 5", or "Today, Thursday, Mar 5"). */
    private Locator shiftCard(LocalDate day, String title) {
        var column = page.locator("section.week-day").filter(new Locator.FilterOptions().setHas(
                page.locator("h2", new Page.LocatorOptions().setHasText(
                        Pattern.compile("^(Today, )?" + literal(WEEK_DAY.format(day)) + "$")))));
        return column.locator("li.task-card").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    /** What a list of facts (a shift's, a handoff's) says under one term ("Helpers", "Last feed"...). */
    private static Locator fact(Locator facts, String term) {
        return facts.locator("dt").filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("^" + literal(term) + "$"))).locator("xpath=following-sibling::dd[1]");
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

    private Page partnersPage() {
        return otherContexts.getFirst().pages().getFirst();
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
