package app.village.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.FamilyService;
import app.village.family.SpaceForm;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.SignedIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends KaribuUiTest {

    @Autowired FamilyService families;

    /** The entries of the phone's bottom bar that are lit now. */
    private static List<String> litInTheBottomBar() {
        var bar = _get(Nav.class, spec -> spec.withClasses("bottom-nav"));
        return _find(bar, RouterLink.class).stream()
                .filter(link -> link.getElement().hasAttribute("highlight"))
                .map(link -> link.getElement().getTextRecursively().strip()).toList();
    }

    @Test
    void homeIsLitOnASpacesHomeAndThePagesThatManageItAndTodayOnItsToday() {
        var maya = newAccount("Maya");
        SignedIn.as(maya.accountId(), maya.displayName());
        var space = families.createSpace(SpaceForm.named("The Rivera family", "Europe/Helsinki"));
        startAs(maya);

        for (var path : List.of("family/" + space, "family/" + space + "/members", "family/" + space + "/settings",
                "family/" + space + "/activity")) {
            UI.getCurrent().navigate(path);
            assertThat(litInTheBottomBar()).as(path).containsExactly("Home");
        }
        UI.getCurrent().navigate("family/" + space + "/today");
        assertThat(litInTheBottomBar()).containsExactly("Today");
        UI.getCurrent().navigate("guide");
        assertThat(litInTheBottomBar()).containsExactly("Guide");
    }

    @Test
    void eachEntryIsLitOnItsRoutesInsideASpaceAndHomeOnTheInvitePage() {
        var maya = newAccount("Maya");
        SignedIn.as(maya.accountId(), maya.displayName());
        var space = families.createSpace(SpaceForm.named("The Rivera family", "Europe/Helsinki"));
        startAs(maya);

        UI.getCurrent().navigate("family/" + space + "/tasks");
        assertThat(litInTheBottomBar()).containsExactly("Tasks");
        UI.getCurrent().navigate("family/" + space + "/shifts");
        assertThat(litInTheBottomBar()).containsExactly("Shifts");
        UI.getCurrent().navigate("family/" + space + "/invite");
        assertThat(litInTheBottomBar()).containsExactly("Home");
        UI.getCurrent().navigate("today");
        assertThat(litInTheBottomBar()).containsExactly("Today");
    }

    /** The help page: its content has no links of its own to "help" or "login", so those found are the header's. */
    private static MainLayout openHelpPage() {
        UI.getCurrent().navigate("help");
        return _get(MainLayout.class);
    }

    private static Anchor linkWithText(MainLayout layout, String text) {
        return _get(layout, Anchor.class,
                spec -> spec.withPredicate(a -> a.getElement().getTextRecursively().contains(text)));
    }

    @Test
    void signedOutTheHeaderOffersGetHelpNowAndLogInButNoUserMenu() {
        startSignedOut();

        var layout = openHelpPage();

        assertThat(linkWithText(layout, "Get help now").getHref()).isEqualTo("help");
        assertThat(linkWithText(layout, "Log in").getHref()).isEqualTo("login");
        _assertNone(MenuBar.class);
    }

    @Test
    void signedInTheHeaderShowsHerNameInTheUserMenuAndStillGetHelpNow() {
        startAs(newAccount("Grandma Rose"));

        var layout = openHelpPage();

        var menu = _get(layout, MenuBar.class);
        assertThat(menu.getItems()).singleElement()
                .satisfies(item -> assertThat(item.getElement().getTextRecursively()).contains("Grandma Rose"));
        assertThat(linkWithText(layout, "Get help now").getHref()).isEqualTo("help");
        assertThat(_find(layout, Anchor.class, spec -> spec.withPredicate(a -> "login".equals(a.getHref())))).isEmpty();
    }

    @Test
    void theHelpPageListsTheMaternalHotlineToCallAnd988ToText() {
        startSignedOut();
        openHelpPage();

        assertThat(hrefsOfLine("National Maternal Mental Health Hotline")).contains("tel:+18338526262");
        assertThat(hrefsOfLine("988 Suicide & Crisis Lifeline")).contains("sms:988");
    }

    private static List<String> hrefsOfLine(String name) {
        var line = _get(Section.class, spec -> spec.withPredicate(
                section -> !_find(section, H2.class, h2 -> h2.withText(name)).isEmpty()));
        return _find(line, Anchor.class).stream().map(Anchor::getHref).toList();
    }
}
