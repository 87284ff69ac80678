package app.village.guide;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.SpaceForm;
import app.village.testsupport.BrowserTest;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.SignedIn;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tip from the guide, in the browser: on her home the mother follows "It is fine to ask" to that section of
 * the guide; on her rest page she hides "Why rest matters" with the keyboard; on another device it stays
 * hidden, and the tip she didn't hide is still there.
 */
@ExtendWith(SecurityContextOfThisApplication.class)
class GuideCalloutJourneyE2ETest extends BrowserTest {

    private static final String PASSWORD = FamilyTestData.PASSWORD;

    @Autowired AccountService accounts;
    @Autowired FamilyService families;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void sheFollowsATipIntoTheGuideAndHidesAnotherForEveryDevice(Viewport viewport) {
        var suffix = viewport.name().charAt(0) + UUID.randomUUID().toString().substring(0, 6);
        var email = "e2e-callouts-" + UUID.randomUUID() + "@example.org";
        var spaceId = herFamily("The Virtanen family " + suffix, "Aino " + suffix, email);

        // Her home: she hasn't asked for anything this week, so the guide says asking is fine.
        open(viewport);
        logIn(email, PASSWORD);
        navigate("family/" + spaceId);
        assertThat(tip()).hasCount(1);
        assertThat(tip()).containsText(Callout.FINE_TO_ASK.text());
        assertNoHorizontalScroll(viewport);
        tip().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("It is fine to ask").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/guide/support-lowers-stress#it-is-fine-to-ask$"));
        var section = page.locator("[id='it-is-fine-to-ask']");
        assertThat(section).isInViewport();
        assertThat(section).isFocused();

        // Her rest page: the tip beside her break request, which she hides without a mouse.
        navigate("family/" + spaceId + "/rest");
        assertThat(tip()).containsText(Callout.WHY_REST_MATTERS.text());
        assertNoHorizontalScroll(viewport);
        var hide = tip().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hide this tip")
                .setExact(true));
        assertTrue(hide.boundingBox().height >= 24 && hide.boundingBox().width >= 24, "a target of 24 px or more");
        hide.focus();
        page.keyboard().press("Enter");
        assertThat(tip()).hasCount(0);
        assertThat(button("Ask for a break")).isVisible();

        // Another device: the hidden tip stays hidden; the other one is still there.
        context.close();
        open(viewport);
        logIn(email, PASSWORD);
        navigate("family/" + spaceId + "/rest");
        assertThat(button("Ask for a break")).isVisible();
        assertThat(tip()).hasCount(0);
        navigate("family/" + spaceId);
        assertThat(tip()).containsText(Callout.FINE_TO_ASK.text());
    }

    private Locator tip() {
        return page.getByRole(AriaRole.NOTE, new Page.GetByRoleOptions().setName("Tip from the guide").setExact(true));
    }

    private UUID herFamily(String space, String name, String email) {
        var mother = accounts.register(new Registration(email, name, PASSWORD));
        try {
            SignedIn.as(mother, name);
            return families.createSpace(SpaceForm.named(space, "Europe/Helsinki"));
        } finally {
            SignedIn.nobody();
        }
    }

    private void assertNoHorizontalScroll(Viewport viewport) {
        var scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(scrollWidth <= viewport.width, "the page is " + scrollWidth + " px wide in a " + viewport.width
                + " px window");
    }
}
