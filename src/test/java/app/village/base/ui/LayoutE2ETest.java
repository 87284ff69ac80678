package app.village.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayoutE2ETest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void getHelpNowIsInTheHeaderForSomeoneSignedOutAndLeadsToTheHelpLines(Viewport viewport) {
        open(viewport);
        navigate("");

        var helpNow = page.locator(".header-actions").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Get help now").setExact(true));
        assertThat(helpNow).isVisible();
        assertThat(helpNow).isInViewport();
        helpNow.click();

        assertThat(page).hasURL(Pattern.compile("/help$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Get help now").setLevel(1)))
                .isVisible();
        assertThat(page.locator("a[href='tel:+18338526262']").first()).isVisible();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void theStylesheetIsServedWithoutLoginAndApplies(Viewport viewport) {
        open(viewport);
        navigate("");

        assertThat(page.locator(".help-now")).hasCSS("border-top-left-radius", "999px");

        // Not following redirects: a stylesheet behind login answers with a redirect to the login page.
        var response = context.request().get(url("styles/village.css"), RequestOptions.create().setMaxRedirects(0));
        assertEquals(200, response.status(), "status of /styles/village.css for someone signed out");
        assertTrue(response.headers().getOrDefault("content-type", "").startsWith("text/css"),
                "content type " + response.headers().get("content-type"));
        assertTrue(response.text().contains(".help-now"), "the stylesheet served is Village's own");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aNameWithMarkupIsRefusedInPlainWordsNextToTheNameField(Viewport viewport) {
        open(viewport);
        var markup = "<script>x</script>";

        register("e2e-" + UUID.randomUUID() + "@example.org", markup, "slow mornings with tea 42");

        var nameField = page.locator("vaadin-text-field").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText("Your name"))));
        assertThat(nameField.locator("[slot='error-message']"))
                .hasText("Please use plain text, without < or > characters.");
        assertThat(textbox("Your name")).hasAttribute("aria-invalid", "true");
        assertThat(textbox("Your name")).isFocused();
        assertThat(textbox("Your name")).hasValue(markup);
        assertThat(page).hasURL(Pattern.compile("/register$"));
        assertThat(button("Create account")).isVisible();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void noPublicPageShowsExceptionDetails(Viewport viewport) {
        open(viewport);
        for (var path : new String[] {"", "login", "login?error", "register", "help",
                "no-such-page", "%3Cscript%3Ex", "account"}) {
            navigate(path);
            assertNoErrorDetailsShown();
        }
        // Signed out, the account page sends her to log in rather than failing.
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }
}
