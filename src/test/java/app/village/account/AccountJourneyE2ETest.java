package app.village.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.village.testsupport.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountJourneyE2ETest extends BrowserTest {

    private static final String PASSWORD = "slow mornings with tea 42";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aNewPersonRegistersSignedInAtOnceLogsOutAndInAndAWrongPasswordIsTurnedAwayGently(Viewport viewport) {
        open(viewport);
        var email = "e2e-" + UUID.randomUUID() + "@example.org";
        var name = "Maya " + viewport.name().charAt(0) + UUID.randomUUID().toString().substring(0, 6);

        register(email, name, PASSWORD);
        // Signed in by registering: no login page, no typing it all again.
        assertThat(page).hasURL(Pattern.compile("/(\\?continue)?$"));
        assertThat(signedOutHeader()).isHidden();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Hello, " + name))).isVisible();
        assertNavigationFits(viewport);
        logOut();

        logIn(email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/(\\?continue)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Hello, " + name))).isVisible();
        assertNavigationFits(viewport);

        logOut();
        assertThat(signedOutHeader()).isVisible();
        assertThat(link("Create an account")).isVisible();

        logIn(email, "not my password at all");
        assertThat(page).hasURL(Pattern.compile("/login\\?error"));
        assertThat(page.getByText("That didn't work")).isVisible();
        assertThat(signedOutHeader()).isVisible();
        assertThat(page.getByText("Hello, " + name)).hasCount(0);

        logIn(email, PASSWORD);
        assertThat(page.getByText("Hello, " + name)).isVisible();
        assertThat(signedOutHeader()).isHidden();
    }

    private void assertNavigationFits(Viewport viewport) {
        var bottomNav = page.locator("nav.bottom-nav");
        var drawerToggle = page.locator("vaadin-drawer-toggle");
        if (viewport == Viewport.PHONE) {
            assertThat(bottomNav).isVisible();
            assertThat(drawerToggle).isHidden();
        } else {
            assertThat(bottomNav).isHidden();
            assertThat(drawerToggle).isVisible();
        }
    }
}
