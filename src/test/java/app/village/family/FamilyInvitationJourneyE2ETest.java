package app.village.family;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.testsupport.BrowserTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The journey, with one browser context per person: the mother signs up, starts the family space and
 * invites her partner as organizer; the partner opens the link signed out in his own browser, signs up, joins,
 * and both see each other in the circle. A second invitation is revoked, and its link then shows the one
 * friendly message every unusable link gets, in a third browser.
 */
class FamilyInvitationJourneyE2ETest extends BrowserTest {

    private static final String PASSWORD = "slow mornings with tea 42";
    private static final String SPACE = "The Rivera family";
    /** A token is at least 256 bits in URL-safe Base64: 43 characters or more. */
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43,})$");
    private static final Pattern FAMILY_HOME = Pattern.compile("/family/([0-9a-f-]{36})$");
    private static final String COPIED = "Link copied. Paste it into a text message or chat.";
    private static final String UNUSABLE = "This invitation link can't be used any more. "
            + "Ask the person who invited you to send a new one.";

    /** Contexts opened here besides the base class's one (the partner's, the stranger's); closed after each test. */
    private final List<BrowserContext> otherContexts = new ArrayList<>();
    private final List<String> otherServerErrors = new CopyOnWriteArrayList<>();
    private Page mothersPage;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void theMotherInvitesHerPartnerWhoSignsUpAndJoinsAndARevokedLinkIsTurnedAwayKindly(Viewport viewport) {
        var suffix = viewport.name().charAt(0) + UUID.randomUUID().toString().substring(0, 6);
        var motherName = "Ana " + suffix;
        var motherEmail = "e2e-mother-" + UUID.randomUUID() + "@example.org";
        var partnerName = "Marco " + suffix;
        var partnerEmail = "e2e-partner-" + UUID.randomUUID() + "@example.org";
        var friendName = "Lucia " + suffix;

        // The mother, in her browser, with the clipboard allowed so "Copy link" can really copy.
        mothersPage = open(viewport, new Browser.NewContextOptions()
                .setPermissions(List.of("clipboard-read", "clipboard-write")));
        register(motherEmail, motherName, PASSWORD);
        assertThat(heading("Hello, " + motherName)).isVisible();

        link("Start a family space").click();
        assertThat(heading("Start a family space")).isVisible();
        textbox("Name of the space").fill(SPACE);
        button("Create the space").click();
        assertThat(page).hasURL(FAMILY_HOME);
        var spaceId = group(FAMILY_HOME, page.url());
        assertThat(heading(SPACE)).isVisible();
        assertThat(circle()).containsText(motherName + " (you)");

        // She invites her partner as organizer, with his email so the sign-up form can be prefilled.
        link("Invite someone").click();
        assertThat(heading("Invite someone to " + SPACE)).isVisible();
        textbox("Name").fill(partnerName);
        textbox("Relationship (optional)").fill("partner");
        roleOption("Organizer").click();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(
                Pattern.compile("^Organizer")))).isChecked();
        textbox("Email (optional)").fill(partnerEmail);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Personal message (optional)"))
                .fill("Welcome to the circle, love.");
        button("Create invitation link").click();

        assertThat(heading("Send this link to " + partnerName)).isVisible();
        var linkField = textbox("Invitation link");
        assertThat(linkField).not().isEditable();
        assertThat(linkField).hasValue(INVITATION_LINK);
        var partnersLink = linkField.inputValue();
        assertNoHorizontalScroll(viewport);

        // Headless Chromium has a clipboard of its own once the context allows it, so copying must work here.
        button("Copy link").click();
        // The link panel's own status line: the page also has one saying mail is off (these tests run without mail).
        assertThat(page.locator(".invitation-link").getByRole(AriaRole.STATUS)).hasText(COPIED);
        assertEquals(partnersLink, page.evaluate("() => navigator.clipboard.readText()"),
                "what \"Copy link\" put on the clipboard");

        // The partner, signed out in a browser of his own, opens the link.
        var partnersPage = openAnotherBrowser(viewport);
        var opened = partnersPage.navigate(invitationAddress(partnersLink));
        assertNoReferrerSent(opened);
        assertThat(heading(motherName + " invited you to " + SPACE)).isVisible();
        assertThat(page.getByText("You are invited as an organizer")).isVisible();
        assertThat(page.getByText("Welcome to the circle, love.")).isVisible();
        assertThat(signedOutHeader()).isVisible();

        button("Create an account").click();
        assertThat(heading("Create your account")).isVisible();
        assertThat(textbox("Email")).hasValue(partnerEmail);
        textbox("Your name").fill(partnerName);
        textbox("Password").fill(PASSWORD);
        button("Create account").click();

        // Creating the account signs him in and brings him straight back to the invitation, with one "Join" left.
        assertThat(page).hasURL(Pattern.compile(literal("/invitation/" + group(INVITATION_LINK, partnersLink)) + "$"));
        assertThat(heading(motherName + " invited you to " + SPACE)).isVisible();
        assertThat(page.getByText("You will join as " + partnerName + " (" + partnerEmail + ")")).isVisible();
        assertThat(page.locator(".different-account")).hasCount(0);
        button("Join " + SPACE).click();

        assertThat(page).hasURL(Pattern.compile("/family/" + spaceId + "$"));
        assertThat(heading(SPACE)).isVisible();
        assertThat(circle()).containsText(partnerName + " (you)");
        assertThat(circle()).containsText(motherName);
        link("Members & invitations").click();
        assertThat(heading("Who's in " + SPACE)).isVisible();
        assertThat(memberCard(motherName)).isVisible();
        assertThat(memberCard(partnerName + " (you)")).containsText("partner");
        assertNoHorizontalScroll(viewport);

        // The mother reloads her members page and finds him there; his invitation is used up.
        use(mothersPage);
        button("Done").click();
        assertThat(page).hasURL(Pattern.compile("/family/" + spaceId + "/members$"));
        page.reload();
        assertThat(heading("Who's in " + SPACE)).isVisible();
        assertThat(memberCard(motherName + " (you)")).isVisible();
        assertThat(memberCard(partnerName)).containsText("partner");
        assertThat(memberCard(partnerName)).containsText("Joined ");
        assertThat(invitationCard(partnerName)).containsText("Accepted");

        // She invites a friend, then thinks better of it and revokes the invitation.
        button("Invite someone").click();
        assertThat(heading("Invite someone to " + SPACE)).isVisible();
        textbox("Name").fill(friendName);
        textbox("Relationship (optional)").fill("friend");
        button("Create invitation link").click();
        assertThat(heading("Send this link to " + friendName)).isVisible();
        assertThat(textbox("Invitation link")).hasValue(INVITATION_LINK);
        var friendsLink = textbox("Invitation link").inputValue();
        assertNotEquals(partnersLink, friendsLink, "each invitation has a link of its own");
        button("Done").click();

        assertThat(heading("Who's in " + SPACE)).isVisible();
        assertThat(invitationCard(friendName)).containsText("Pending");
        button("Revoke the invitation for " + friendName + "…").click();
        assertThat(heading("Revoke the invitation for " + friendName + "?")).isVisible();
        button("Revoke").click();
        assertThat(page.getByText("The invitation for " + friendName + " is revoked.")).isVisible();
        assertThat(invitationCard(friendName)).containsText("Revoked");
        assertThat(button("Revoke the invitation for " + friendName + "…")).hasCount(0);

        // Whoever opens the revoked link, in yet another browser, gets the one friendly message and no names.
        openAnotherBrowser(viewport);
        var revoked = page.navigate(invitationAddress(friendsLink));
        assertNoReferrerSent(revoked);
        assertThat(heading("This link can't be used")).isVisible();
        assertThat(page.locator(".unusable-link[role=alert]")).hasText(UNUSABLE);
        assertThat(page.getByText(SPACE)).hasCount(0);
        assertThat(page.getByText(motherName)).hasCount(0);
        assertThat(page.getByText(friendName)).hasCount(0);
        assertThat(button("Create an account")).hasCount(0);
        assertThat(link("Go to the start page")).isVisible();
    }

    /**
     * A second, separate browser (own cookies, same size) from the same Chromium, made the current {@link #page}
     * so the base class's helpers drive it. The base class keeps only one context; this one is closed here.
     */
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

    /** Lets the helpers (textbox, button, navigate...) act in this person's browser. */
    private void use(Page personsPage) {
        page = personsPage;
        page.bringToFront();
    }

    @AfterEach
    void closeOtherBrowsers() {
        try {
            for (var other : otherContexts) {
                for (var otherPage : other.pages()) {
                    if (!otherPage.isClosed()) {
                        assertThat(otherPage.getByText(Pattern.compile("Exception|at app\\.village"))).hasCount(0);
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
        }
    }

    /**
     * The page for an invitation link. Links are built from the configured public address; in tests that
     * address carries the configured port (0), not the random one, so only the path is taken from it.
     */
    private String invitationAddress(String link) {
        var path = URI.create(link).getRawPath();
        assertNotNull(path);
        return url(path);
    }

    private static void assertNoReferrerSent(Response response) {
        assertNotNull(response, "the invitation page answered");
        assertEquals(200, response.status());
        assertEquals("no-referrer", response.headerValue("Referrer-Policy"),
                "an invitation page holds its token in its address and must not send it on as a referrer");
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator roleOption(String label) {
        return page.locator("vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHas(page.locator(".role-label", new Page.LocatorOptions().setHasText(label))));
    }

    private Locator circle() {
        return page.locator("ul.circle");
    }

    private Locator memberCard(String shownName) {
        return page.locator("ul.people > li.person-card").filter(new Locator.FilterOptions()
                .setHas(page.getByText(shownName, new Page.GetByTextOptions().setExact(true))))
                .filter(new Locator.FilterOptions().setHasText("Joined "));
    }

    private Locator invitationCard(String name) {
        return page.locator("ul.people > li.person-card").filter(new Locator.FilterOptions()
                .setHas(page.locator(".person-heading .person-name",
                        new Page.LocatorOptions().setHasText(Pattern.compile("^" + literal(name) + "$")))));
    }

    /** Nothing on a phone may need sideways scrolling: a tired parent should never have to pan. */
    private void assertNoHorizontalScroll(Viewport viewport) {
        var scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(scrollWidth <= viewport.width,
                "the page is " + scrollWidth + " px wide in a " + viewport.width + " px window");
    }

    /** Text as a regular expression that works in the browser too: JavaScript knows no Pattern.quote quoting. */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text + " should match " + pattern);
        return matcher.group(1);
    }
}
