package app.village.update;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.family.FamilyRole;
import app.village.family.FamilyTestData;
import app.village.family.FamilyService;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.testsupport.BrowserTest;
import app.village.testsupport.SignedIn;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey for updates, with one browser per person: the grandmother adds a photo to an update and posts
 * it; the mother's home, open all along, shows it after the push, and its thumbnail loads (a member's request to
 * the checked photo address). A renamed text file is refused next to the button.
 */
class UpdatePhotoJourneyE2ETest extends BrowserTest {

    private static final String PASSWORD = FamilyTestData.PASSWORD;

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;

    private BrowserContext grandmothersContext;

    @AfterEach
    void closeTheGrandmothersBrowser() {
        if (grandmothersContext != null) {
            grandmothersContext.close();
        }
    }

    @Test
    void theGrandmotherPostsAPhotoAndTheMothersOpenHomeShowsIt() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var motherEmail = "e2e-mother-" + UUID.randomUUID() + "@example.org";
        var grandmotherEmail = "e2e-grandmother-" + UUID.randomUUID() + "@example.org";
        var spaceId = aFamily("The Okafor family " + suffix, "Ada " + suffix, motherEmail,
                "Grandma Ngozi " + suffix, grandmotherEmail);

        var mothersPage = open(Viewport.PHONE);
        logIn(motherEmail, PASSWORD);
        assertThat(mothersPage.locator(".updates-on-home")).containsText("No updates yet.");

        grandmothersContext = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(Viewport.PHONE.width, Viewport.PHONE.height));
        grandmothersContext.setDefaultTimeout(15_000);
        page = grandmothersContext.newPage();
        logIn(grandmotherEmail, PASSWORD);
        navigate("family/" + spaceId);
        var writer = page.locator(".update-writer");
        var fileInput = writer.locator("vaadin-upload input[type=file]");

        fileInput.setInputFiles(new FilePayload("Nursery-Road.jpg", "image/jpeg",
                "Dear diary".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(writer.locator(".photo-attachments p[role=alert]"))
                .hasText("This file is not a photo Village can read. Choose a JPEG, PNG or WebP photo.");

        fileInput.setInputFiles(new FilePayload("baby.jpg", "image/jpeg", UpdatePhotosTest.jpeg(java.awt.Color.PINK)));
        var remove = writer.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Remove photo 1 of 1"));
        assertThat(remove).isVisible();
        textbox("Write an update").fill("Her first smile");
        button("Post").click();
        assertThat(page.locator(".update-card")).containsText("Her first smile");

        var shown = mothersPage.locator(".update-card img");
        assertThat(mothersPage.locator(".update-card")).containsText("Her first smile");
        assertThat(shown).hasAttribute("alt", java.util.regex.Pattern.compile("Photo 1 of 1 shared by Grandma Ngozi"));
        mothersPage.waitForFunction("img => img.complete && img.naturalWidth > 0", shown.elementHandle());
        assertTrue(mothersPage.url().endsWith("/family/" + spaceId), "the mother stayed on her home");
        assertEquals(1, mothersPage.locator(".update-card").count());
    }

    private SpaceId aFamily(String space, String motherName, String motherEmail, String grandmotherName,
            String grandmotherEmail) {
        var mother = accounts.register(new Registration(motherEmail, motherName, PASSWORD));
        var grandmother = accounts.register(new Registration(grandmotherEmail, grandmotherName, PASSWORD));
        try {
            SignedIn.as(mother, motherName);
            var spaceId = families.createSpace(SpaceForm.named(space, "Europe/Helsinki"));
            var link = invitations.invite(spaceId, new InvitationForm(grandmotherName, "grandmother",
                    FamilyRole.SUPPORTER, grandmotherEmail, "")).link();
            SignedIn.as(grandmother, grandmotherName);
            invitations.accept(FamilyTestData.tokenOf(link), "e2e-" + UUID.randomUUID());
            return spaceId;
        } finally {
            SignedIn.nobody();
        }
    }
}
