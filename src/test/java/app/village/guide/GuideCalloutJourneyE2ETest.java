package app.village.guide;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
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
 * The guide in the browser. Signed out, "Get help now" on the login page leads to the help lines and their
 * call and text links. Signed in, the mother follows the tip on her break request to "Why rest matters" in the
 * guide, then hides that tip with the keyboard; on another device it stays hidden, and the tip she didn't
 * hide (on her home) is still there.
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

        // Her rest page: the tip beside her break request leads to that section of the guide.
        navigate("family/" + spaceId + "/rest");
        assertThat(tip()).containsText(Callout.WHY_REST_MATTERS.text());
        assertNoHorizontalScroll(viewport);
        tip().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Why rest matters").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/guide/support-lowers-stress#why-rest-matters$"));
        var section = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why rest matters")
                .setLevel(2));
        assertThat(section).isInViewport();
        assertThat(section).isFocused();
        assertThat(page.getByText("general information, not medical advice")).isVisible();

        // Back on the rest page she hides that tip without a mouse.
        navigate("family/" + spaceId + "/rest");
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

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void signedOutGetHelpNowOnTheLoginPageLeadsToTheHelpLinesWithCallAndTextLinks(Viewport viewport) {
        open(viewport);
        navigate("login");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile("/help$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Get help now").setLevel(1)))
                .isVisible();
        for (var href : new String[] {"tel:911", "tel:988", "sms:988", "tel:+18338526262", "sms:+18338526262"}) {
            assertThat(page.locator("a[href='" + href + "']").first()).isVisible();
        }
        var psiCall = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 1-800-944-4773"));
        assertThat(psiCall).hasAttribute("href", Pattern.compile("^tel:\\+?1?8009444773$"));
        var box = psiCall.boundingBox();
        assertTrue(box.height >= 24 && box.width >= 24, "a call button of 24 px or more");
    }

    private Locator tip() {
        return page.getByRole(AriaRole.NOTE, new Page.GetByRoleOptions().setName("Tip from the guide").setExact(true));
    }

    private SpaceId herFamily(String space, String name, String email) {
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
