package app.village.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;

class ErrorViewsTest extends KaribuUiTest {

    /**
     * UI.navigate hands an address with no server route to the client-side router, which Karibu has not got;
     * a browser loading the address goes through Vaadin's router, so this does the same.
     */
    private static void openAsTheBrowserWould(String path) {
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    /** Every text and attribute value in the page: what a visitor could read, or find in the page source. */
    private static String everythingInThePage() {
        var all = new StringBuilder();
        for (var component : _find(Component.class)) {
            var element = component.getElement();
            all.append(element.getTextRecursively()).append('\n');
            element.getAttributeNames().forEach(name -> all.append(element.getAttribute(name)).append('\n'));
        }
        return all.toString();
    }

    @Test
    void anUnknownAddressShowsTheFriendlyNotFoundPageWithoutTechnicalDetails() {
        startSignedOut();

        openAsTheBrowserWould("no-such-page/anywhere");

        var page = _get(NotFoundView.class);
        assertThat(_get(page, H1.class).getText()).isEqualTo("We couldn't find that page");
        var shown = everythingInThePage();
        assertThat(shown).contains("We couldn't find that page")
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("at com.vaadin", "at app.village", "Caused by", "Could not navigate",
                        "no-such-page", "Available routes");
    }
}
