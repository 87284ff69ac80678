package app.village.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.account.AccountService;
import app.village.account.Registration;
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
import app.village.testsupport.BrowserTest;
import app.village.testsupport.SignedIn;
import app.village.testsupport.VaadinSessionsForTests;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14's journey, with one browser per person on phones: the mother has Today open while the grandmother, in
 * her own browser, takes on a task; the mother's page shows it within two seconds without a reload, and her bell
 * counts it. Then the grandmother posts an update with a photo, and the mother's open home shows it with the
 * photo. The accounts, the family and the task are made through the services; everything else goes through pages.
 */
class LiveFamilyE2ETest extends BrowserTest {

    private static final String PASSWORD = FamilyTestData.PASSWORD;
    private static final String TASK = "Fold the laundry";
    private static final LocatorAssertions.ContainsTextOptions WITHIN_TWO_SECONDS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(2_000);

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskWriteService tasks;
    @Autowired VaadinSessionsForTests sessions;

    private final List<BrowserContext> otherContexts = new ArrayList<>();
    private final List<String> otherServerErrors = new CopyOnWriteArrayList<>();
    private Page mothersPage;
    private UUID motherId;

    @Test
    void theMothersOpenPagesShowWhatTheGrandmotherDoesWithoutAReload() throws IOException {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var space = "The Lindqvist family " + suffix;
        var motherName = "Elin " + suffix;
        var grandmotherName = "Grandma Britt " + suffix;
        var motherEmail = "e2e-live-mother-" + UUID.randomUUID() + "@example.org";
        var grandmotherEmail = "e2e-live-grandmother-" + UUID.randomUUID() + "@example.org";
        var spaceId = aFamilyWithATask(space, motherName, motherEmail, grandmotherName, grandmotherEmail);

        // The mother opens Today on her phone: the laundry is still open; her bell has nothing unread.
        mothersPage = open(Viewport.PHONE);
        logIn(motherEmail, PASSWORD);
        navigate("family/" + spaceId + "/today");
        var stillOpen = taskSection("Still open today and tomorrow");
        assertThat(stillOpen).containsText(TASK);
        assertThat(bell()).hasAccessibleName("Notifications");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        var mothersLastRequest = sessions.lastRequestOf(motherId);

        // The grandmother, in her own browser, takes the laundry on.
        openAnotherBrowser(Viewport.PHONE);
        logIn(grandmotherEmail, PASSWORD);
        navigate("family/" + spaceId + "/today");
        button("I'll do it: " + TASK + ", Today").click();
        assertThat(page.getByText("It's yours. Thank you!")).isVisible();

        // The mother's Today, untouched since it opened, shows who took it within two seconds; her bell counts it.
        use(mothersPage);
        var reloads = new int[] {0};
        page.onLoad(loaded -> reloads[0]++);
        assertThat(taskSection("Still open today and tomorrow"))
                .containsText("Everything for today and tomorrow is taken care of.", WITHIN_TWO_SECONDS);
        assertThat(taskSection("Still open today and tomorrow")).not().containsText(TASK);
        assertThat(bell()).hasAccessibleName("Notifications, 1 unread");
        assertEquals(0, reloads[0], "the mother's page was reloaded");
        // What the server pushed is not her activity: her session's idle clock did not move (she didn't touch it).
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertEquals(mothersLastRequest, sessions.lastRequestOf(motherId),
                "the pushed changes counted as the mother's activity");

        // The mother opens her home in this browser; the grandmother then posts an update with a photo.
        navigate("family/" + spaceId);
        reloads[0] = 0;
        // Her own step does count: the check above could see one.
        assertTrue(sessions.lastRequestOf(motherId) > mothersLastRequest, "her own step did not count");
        var news = "Home safe and warm, all three of us. No visits this week, please " + suffix;
        use(otherContexts.getFirst().pages().getFirst());
        navigate("family/" + spaceId);
        var writer = page.locator(".update-writer");
        textbox("Write an update").fill(news);
        writer.locator("vaadin-upload input[type=file]").setInputFiles(aPhoto());
        assertThat(writer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove photo 1 of 1")))
                .isVisible();
        button("Post").click();
        assertThat(page.locator(".update-card").filter(new Locator.FilterOptions().setHasText(news))).isVisible();

        // The mother's open home shows the update and its photo, without a reload.
        use(mothersPage);
        var update = page.locator(".update-card").filter(new Locator.FilterOptions().setHasText(news));
        assertThat(update).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
        var photo = update.locator("img");
        assertThat(photo).hasAttribute("alt", "Photo 1 of 1 shared by " + grandmotherName);
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", photo.elementHandle());
        assertEquals(0, reloads[0], "the mother's page was reloaded");
    }

    /** The mother's space with the grandmother as a supporter and a task for today that the mother posted. */
    private SpaceId aFamilyWithATask(String space, String motherName, String motherEmail, String grandmotherName,
            String grandmotherEmail) {
        var mother = accounts.register(new Registration(motherEmail, motherName, PASSWORD));
        motherId = mother;
        var grandmother = accounts.register(new Registration(grandmotherEmail, grandmotherName, PASSWORD));
        var zone = ZoneId.systemDefault();
        try {
            SignedIn.as(mother, motherName);
            var spaceId = families.createSpace(SpaceForm.named(space, zone.getId()));
            var link = invitations.invite(spaceId, new InvitationForm(grandmotherName, "grandmother",
                    FamilyRole.SUPPORTER, grandmotherEmail, "")).link();
            tasks.create(spaceId, TaskForm.once(TASK, TaskCategory.HOUSEHOLD, "", LocalDate.now(zone), 30));
            SignedIn.as(grandmother, grandmotherName);
            invitations.accept(FamilyTestData.tokenOf(link), "e2e-" + UUID.randomUUID());
            return spaceId;
        } finally {
            SignedIn.nobody();
        }
    }

    /** The header's bell: its accessible name says how many are unread. */
    private Locator bell() {
        return page.locator(".header-actions").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Notifications")));
    }

    private Locator taskSection(String heading) {
        return page.locator("section.task-section").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setExact(true))));
    }

    /** A small JPEG, as a phone would send it (smaller). */
    private static Path aPhoto() throws IOException {
        var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xF2D7C9));
        graphics.fillRect(0, 0, 640, 480);
        graphics.setColor(new Color(0x7A4B3A));
        graphics.fillOval(220, 140, 200, 200);
        graphics.dispose();
        var file = Files.createTempFile("village-e2e-photo", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

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

    private void use(Page personsPage) {
        page = personsPage;
        page.bringToFront();
    }

    @AfterEach
    void closeOtherBrowsers() {
        try {
            assertEquals(List.of(), otherServerErrors, "server errors in the other browser");
        } finally {
            otherContexts.forEach(BrowserContext::close);
            otherContexts.clear();
            if (mothersPage != null) {
                page = mothersPage;
            }
        }
    }
}
