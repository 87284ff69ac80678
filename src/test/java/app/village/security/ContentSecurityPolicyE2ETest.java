package app.village.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.testsupport.BrowserTest;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vaadin's bundle must work under Village's Content-Security-Policy: every page, signed out and signed in,
 * opened and used in the real browser, with not one violation reported (on the console or as a
 * {@code securitypolicyviolation} event).
 */
class ContentSecurityPolicyE2ETest extends BrowserTest {

    private static final String PASSWORD = "slow mornings with tea 42";
    private static final Pattern FAMILY_HOME = Pattern.compile("/family/([0-9a-f-]{36})$");

    @Autowired AccountService accountService;

    private final List<String> violations = new CopyOnWriteArrayList<>();

    private void watchForViolations() {
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add("console: " + message.text());
            }
        });
        context.exposeBinding("villageCspViolation", (source, args) -> {
            violations.add("event: " + args[0]);
            return null;
        });
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "window.villageCspViolation(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile"
                + " + ':' + e.lineNumber));");
    }

    private void visit(String path) {
        navigate(path);
        // Let Vaadin finish what the page started (styles, lazy components) before judging it.
        page.waitForLoadState();
    }

    @Test
    void vaadinsPagesWorkUnderThePolicySignedOutAndSignedIn() {
        open(Viewport.DESKTOP);
        watchForViolations();

        var response = page.navigate(url("login"));
        var policy = response.headers().getOrDefault("content-security-policy", "");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"),
                "the login page carries the policy: " + policy);

        for (var path : new String[] {"", "login", "register", "help", "guide", "no-such-page"}) {
            visit(path);
        }
        visit("register");
        textbox("Email").fill("not an email");
        button("Create account").click();
        assertThat(page.locator("[slot='error-message']").first()).isVisible();

        var email = "csp-" + UUID.randomUUID() + "@example.org";
        accountService.register(new Registration(email, "Ana CSP", PASSWORD));
        logIn(email, PASSWORD);
        visit("spaces/new");
        textbox("Name of the space").fill("The CSP family");
        button("Create the space").click();
        assertThat(page).hasURL(FAMILY_HOME);
        var matcher = FAMILY_HOME.matcher(page.url());
        assertTrue(matcher.find());
        var space = "family/" + matcher.group(1);

        for (var path : new String[] {space, space + "/today", space + "/tasks", space + "/tasks/new",
                space + "/shifts", space + "/shifts/new", space + "/rest", space + "/members", space + "/settings",
                space + "/activity", "account", "calendar-feed", "guide", "help", "no-such-page", space + "/invite"}) {
            visit(path);
        }
        textbox("Name").fill("Rose");
        button("Create invitation link").click();
        assertThat(textbox("Invitation link")).hasValue(Pattern.compile("/invitation/"));
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().click();
        visit("help");

        assertEquals(List.of(), violations, "Content-Security-Policy violations");
    }
}
