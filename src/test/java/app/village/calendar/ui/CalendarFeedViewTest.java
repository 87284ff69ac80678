package app.village.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.calendar.CalendarFeedService;
import app.village.security.ui.LoginView;
import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarFeedViewTest extends KaribuUiTest {

    static final String ADDRESS = "https?://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics";

    @Autowired CalendarFeedService feeds;

    private CalendarFeedView openAs(String name) {
        startAs(newAccount(name));
        UI.getCurrent().navigate(CalendarFeedView.ROUTE);
        return _get(CalendarFeedView.class);
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPage() {
        startSignedOut();

        UI.getCurrent().navigate(CalendarFeedView.ROUTE);

        _assertNone(CalendarFeedView.class);
        _get(LoginView.class);
    }

    @Test
    void theAccountPageLinksToTheCalendarPage() {
        startAs(newAccount("Rose"));
        UI.getCurrent().navigate("account");

        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains(CalendarFeedView.ROUTE);
    }

    @Test
    void gettingTheAddressShowsItOnceWithWaysToAddIt() {
        var view = openAs("Rose");
        assertThat(view.getAddress.isVisible()).isTrue();
        assertThat(view.getNewAddress.isVisible()).isFalse();

        _click(view.getAddress);

        assertThat(view.address.getValue()).matches(ADDRESS);
        assertThat(view.address.isReadOnly()).isTrue();
        assertThat(view.openInApp.getHref()).startsWith("webcal://").endsWith(".ics");
        assertThat(view.addToGoogle.getHref()).startsWith("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F");
        assertThat(view.getNewAddress.isVisible()).isTrue();
        assertThat(feeds.hasFeed()).isTrue();

        // Only a hash is kept: coming back later shows no address, and offers a new one instead.
        UI.getCurrent().navigate("account");
        UI.getCurrent().navigate(CalendarFeedView.ROUTE);
        var again = _get(CalendarFeedView.class);
        assertThat(again.address.getValue()).isEmpty();
        assertThat(again.getAddress.isVisible()).isFalse();
        assertThat(again.getNewAddress.isVisible()).isTrue();
        assertThat(again.state.getText()).contains("shows it only once");
    }

    @Test
    void aNewAddressIsADifferentOne() {
        var view = openAs("Rose");
        _click(view.getAddress);
        var first = view.address.getValue();

        _click(view.getNewAddress);

        assertThat(view.address.getValue()).matches(ADDRESS).isNotEqualTo(first);
    }

    @Test
    void turningTheAddressOffLeavesNone() {
        var view = openAs("Rose");
        _click(view.getAddress);

        _click(view.turnOff);

        assertThat(feeds.hasFeed()).isFalse();
        assertThat(view.address.getValue()).isEmpty();
        assertThat(view.getAddress.isVisible()).isTrue();
        assertThat(view.turnOff.isVisible()).isFalse();
    }

    @Test
    void aBrowserThatWontCopySaysHowToCopyByHand() {
        var view = openAs("Rose");
        _click(view.getAddress);

        view.copied(false);
        assertThat(view.copyStatus.getText()).isEqualTo(CalendarFeedView.COPY_BY_HAND);
        view.copied(true);
        assertThat(view.copyStatus.getText()).isEqualTo(CalendarFeedView.COPIED);
    }
}
