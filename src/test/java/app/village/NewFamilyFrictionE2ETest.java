package app.village;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.base.Countries;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.shift.RespiteOfferForm;
import app.village.shift.BreakService;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import app.village.shift.SleepWindowForm;
import app.village.testsupport.BrowserTest;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.SignedIn;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The friction a new family hit (issue 11, items 18 to 21), in the browser: her rest page leads with what is
 * offered and covered and lets her ask one person for a night; the task list shows a daily task once, under
 * its day, with how it repeats; adding a task asks for little; the calendar feed is one tap from the shift
 * week and her rest; Activity writes times and the zone as every other page; and on a phone a confirmation
 * sits above the bottom bar, one at a time.
 * <p>
 * The family and its data are made through the services; everything checked goes through the pages. The
 * real clock runs, so "tonight" is tonight in Chicago.
 */
@ExtendWith(SecurityContextOfThisApplication.class)
class NewFamilyFrictionE2ETest extends BrowserTest {

    private static final String PASSWORD = FamilyTestData.PASSWORD;
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final String DROP_OFF = "Leave it on the porch, please";
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired ShiftService shifts;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired BreakService breakService;
    @Autowired RestService restService;

    /** Maya (the owner, the mother), Daniel (her partner, an organizer) and Rose (a supporter). */
    private record Family(SpaceId spaceId, String name, UUID maya, String mayaEmail, String daniel, String danielEmail,
            UUID rose, String roseName) {
    }

    private Family aFamily() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var mayaEmail = "e2e-maya-" + UUID.randomUUID() + "@example.org";
        var danielEmail = "e2e-daniel-" + UUID.randomUUID() + "@example.org";
        var roseEmail = "e2e-rose-" + UUID.randomUUID() + "@example.org";
        var maya = accounts.register(new Registration(mayaEmail, "Maya " + suffix, PASSWORD));
        var daniel = accounts.register(new Registration(danielEmail, "Daniel " + suffix, PASSWORD));
        var rose = accounts.register(new Registration(roseEmail, "Rose " + suffix, PASSWORD));
        try {
            SignedIn.as(maya, "Maya " + suffix);
            var name = "The Rivera family " + suffix;
            // Drop-off notes, which a meal shows to whoever brings it, and nothing else should.
            var spaceId = families.createSpace(new SpaceForm(name, "", null, false, CHICAGO.getId(), "",
                    DROP_OFF, "", "", false, Countries.DEFAULT));
            join(maya, "Maya " + suffix, spaceId, daniel, "Daniel " + suffix, "partner", FamilyRole.ORGANIZER);
            join(maya, "Maya " + suffix, spaceId, rose, "Rose " + suffix, "sister", FamilyRole.SUPPORTER);
            return new Family(spaceId, name, maya, mayaEmail, "Daniel " + suffix, danielEmail, rose, "Rose " + suffix);
        } finally {
            SignedIn.nobody();
        }
    }

    private void join(UUID owner, String ownerName, SpaceId spaceId, UUID who, String name, String relationship,
            FamilyRole role) {
        SignedIn.as(owner, ownerName);
        var link = invitations.invite(spaceId, new InvitationForm(name, relationship, role, null, "")).link();
        SignedIn.as(who, name);
        invitations.accept(FamilyTestData.tokenOf(link), "e2e-" + UUID.randomUUID());
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator night(String name) {
        return page.locator("li.night").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))));
    }

    private LocalDate today() {
        return LocalDate.now(CHICAGO);
    }

    // --- 18: her rest page --------------------------------------------------------------------------------

    @Test
    void herRestPageLeadsWithTheOfferAndCoveredNightAndSheAsksDanielForAnOpenOne() {
        var family = aFamily();
        SignedIn.as(family.maya(), "Maya");
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        var tomorrowNight = restService.sleepCover(family.spaceId()).nights().get(1).shiftId();
        SignedIn.as(family.rose(), family.roseName());
        shifts.signUp(family.spaceId(), tomorrowNight);
        breakService.offerRespite(family.spaceId(), new RespiteOfferForm(today().plusDays(2), LocalTime.of(10, 0),
                LocalTime.of(12, 0), "A walk with the baby"));
        SignedIn.nobody();

        open(Viewport.PHONE);
        logIn(family.mayaEmail(), PASSWORD);
        assertThat(heading(family.name())).isVisible();
        navigate("family/" + family.spaceId() + "/rest");
        assertThat(heading("Your rest")).isVisible();

        // Her sister's offer is the first thing under the summary, before the nights and the forms.
        var headings = page.locator("main h2").allInnerTexts();
        assertTrue(headings.indexOf("Breaks offered to you") >= 0
                        && headings.indexOf("Breaks offered to you") < headings.indexOf("Protected sleep")
                        && headings.indexOf("Protected sleep") < headings.indexOf("Ask for a break"),
                "offers, then nights, then the break form: " + headings);
        assertThat(page.locator("main")).containsText("A walk with the baby");

        // The covered night leads; the open ones are calm, and nothing says "Not covered yet".
        assertThat(page.locator("li.night").first()).containsText("Covered by " + family.roseName());
        assertThat(night("Tomorrow night").locator(".night-covered")).hasText("Covered by " + family.roseName());
        assertThat(night("Tonight").locator(".night-open")).hasText("Open");
        assertThat(page.getByText("13 nights still open.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("Not covered yet")).hasCount(0);

        // She asks Daniel for tonight.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask someone to take tonight")
                .setExact(true)).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Ask someone to take tonight");
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(family.daniel()).setExact(true))
                .check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask").setExact(true)).click();
        assertThat(dialog).isHidden();
        // The browser tests run without a mail server, so the screen says to tell him directly.
        assertThat(page.getByText("Noted. Mail is off here, so please tell " + family.daniel()
                + " yourself. The night stays open for anyone until it is taken.")).isVisible();
        assertThat(night("Tonight").locator(".night-open")).hasText("Open");
    }

    // --- 19: the task list ---------------------------------------------------------------------------------

    @Test
    void aDailyTaskShowsOnceUnderItsDayWithHowItRepeats() {
        var family = aFamily();
        SignedIn.as(family.maya(), "Maya");
        taskWrites.create(family.spaceId(), TaskForm.weekly("Wash the bottles", TaskCategory.BABY_CARE, "", today(),
                Set.of(DayOfWeek.values()), today().plusDays(27), 15));
        taskWrites.create(family.spaceId(), TaskForm.once("Pharmacy run", TaskCategory.ERRANDS, "",
                today().plusDays(1), 30));
        SignedIn.nobody();

        open(Viewport.DESKTOP);
        logIn(family.mayaEmail(), PASSWORD);
        assertThat(heading(family.name())).isVisible();
        navigate("family/" + family.spaceId() + "/tasks");
        assertThat(heading("Tasks")).isVisible();

        var bottles = page.locator("li.task-card").filter(new Locator.FilterOptions().setHasText("Wash the bottles"));
        assertThat(bottles).hasCount(1);
        assertThat(bottles.locator(".task-repeats")).containsText("Every Mon, Tue, Wed, Thu, Fri, Sat, Sun");
        assertThat(page.locator("h2.task-day")).hasText(new String[] {
                "Today, " + LONG_DAY.format(today()), "Tomorrow, " + LONG_DAY.format(today().plusDays(1))});
        var tomorrow = page.locator("h2.task-day + ul.task-list").nth(1);
        assertThat(tomorrow.locator("li.task-card")).hasCount(1);
        assertThat(tomorrow).containsText("Pharmacy run");
        assertThat(page.getByText("Showing 2 of 2 tasks.")).isVisible();
    }

    // --- 20: adding a task ---------------------------------------------------------------------------------

    @Test
    void addingALaundryTaskAsksForWhatMattersAndKeepsTheRestUnderMore() {
        var family = aFamily();
        open(Viewport.PHONE);
        logIn(family.mayaEmail(), PASSWORD);
        assertThat(heading(family.name())).isVisible();
        navigate("family/" + family.spaceId() + "/tasks/new");
        assertThat(heading("Add a task")).isVisible();

        // Times and effort wait under "More"; nothing is chosen for her.
        var effort = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Effort in minutes")
                .setExact(true));
        assertThat(effort).isHidden();
        var category = page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText("Category"))));
        assertThat(category.locator("vaadin-select-value-button")).hasText(Pattern.compile("^\\s*$"));

        textbox("What needs doing").fill("Fold the laundry");
        button("Add the task").click();
        assertThat(category).hasAttribute("invalid", "");
        assertThat(category).containsText("Please choose a category.");

        category.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Household").setExact(true)).click();
        page.getByText("More: times and effort", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(effort).isVisible();
        assertThat(page.locator("main")).containsText("only sets how much the task counts in the fair share");
        button("Add the task").click();

        assertThat(heading("Fold the laundry")).isVisible();
        var facts = page.locator(".task-facts");
        assertThat(facts).containsText("Household");
        assertThat(facts).containsText("About 30 min");
        assertThat(page.locator("main")).not().containsText(DROP_OFF);
    }

    // --- 21: calendar feed, Activity, "Covered by you", confirmations on a phone ---------------------------

    @Test
    void theCalendarFeedIsOneTapFromTheShiftWeekAndHerRest() {
        var family = aFamily();
        open(Viewport.DESKTOP);
        logIn(family.danielEmail(), PASSWORD);
        assertThat(heading(family.name())).isVisible();
        navigate("family/" + family.spaceId() + "/shifts");
        assertThat(heading("Shifts")).isVisible();
        link("Add to my calendar").click();
        assertThat(heading("Your calendar")).isVisible();

        navigate("family/" + family.spaceId() + "/rest");
        assertThat(heading("Her rest")).isVisible();
        link("Add the nights and shifts to my calendar").click();
        assertThat(heading("Your calendar")).isVisible();
    }

    @Test
    void activityWritesTimesAndTheZoneAsEveryOtherPage() {
        var family = aFamily();
        open(Viewport.DESKTOP);
        logIn(family.mayaEmail(), PASSWORD);
        assertThat(heading(family.name())).isVisible();
        navigate("family/" + family.spaceId() + "/activity");
        assertThat(heading("Activity")).isVisible();

        assertThat(page.locator("main")).containsText("Times are in Chicago (CT).");
        assertThat(page.locator("main")).not().containsText("America/Chicago");
        assertThat(page.locator(".activity-when").first())
                .hasText(Pattern.compile("^[A-Z][a-z]{2} \\d{1,2}, \\d{1,2}:\\d{2} (AM|PM)$"));
    }

    @Test
    void onAPhoneAConfirmationSitsAboveTheBottomBarOneAtATime() {
        var family = aFamily();
        SignedIn.as(family.maya(), "Maya");
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        SignedIn.nobody();

        open(Viewport.PHONE);
        logIn(family.danielEmail(), PASSWORD);
        assertThat(heading(family.name())).isVisible();
        navigate("family/" + family.spaceId() + "/rest");
        assertThat(heading("Her rest")).isVisible();

        // Daniel takes tonight and tomorrow night, one tap after the other: "Covered by you", one thank-you.
        button("Take the night shift: Tonight").click();
        assertThat(night("Tonight").locator(".night-covered")).hasText("Covered by you");
        button("Take the night shift: Tomorrow night").click();
        assertThat(night("Tomorrow night").locator(".night-covered")).hasText("Covered by you");

        // Two seconds, well inside the five a confirmation stays: two stacked cards would still both be there.
        var cards = page.locator("vaadin-notification-card");
        assertThat(cards).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(2_000));
        assertThat(cards).containsText("Thank you. She can sleep.");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "e2e-screenshots", "confirmation-above-the-bottom-bar-phone.png")));
        var card = cards.boundingBox();
        var bar = page.locator("nav.bottom-nav").boundingBox();
        assertNotNull(card);
        assertNotNull(bar);
        assertTrue(card.y + card.height <= bar.y,
                "the confirmation (bottom at " + (card.y + card.height) + ") sits above the bar (top at " + bar.y + ")");
    }
}
