package app.village.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.menubar.MenuBar;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuUiTest {

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
