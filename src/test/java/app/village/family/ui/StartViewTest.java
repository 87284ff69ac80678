package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.MutableClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StartViewTest extends FamilySpaceUiTest {

    @Autowired MutableClock clock;

    @Test
    void aSignedOutVisitorSeesWhatVillageIsAndTheTwoWaysIn() {
        startSignedOut();

        var start = _get(StartView.class);

        assertThat(_get(start, H1.class).getText()).isEqualTo("Support for a new mother, shared by her circle");
        assertThat(link(start, "Create an account").getHref()).isEqualTo("register");
        assertThat(link(start, "Log in").getHref()).isEqualTo("login");
    }

    @Test
    void someoneInNoSpaceIsGreetedAndOfferedToStartOne() {
        startAs(newAccount("Maya"));

        var start = _get(StartView.class);

        assertThat(_get(start, H1.class).getText()).isEqualTo("Hello, Maya");
        assertThat(start.getElement().getTextRecursively()).contains("Start your family space");
        assertThat(link(start, "Start a family space").getHref()).isEqualTo("spaces/new");
    }

    @Test
    void someoneWithSpacesIsTakenToTheOneSheUsedLast() {
        var rose = newAccount("Grandma Rose");
        var first = spaceOf(rose, "The Rivera family");
        var second = spaceOf(rose, "The Okafor family");
        familyService.openSpace(second);
        clock.advance(Duration.ofMinutes(1));
        familyService.openSpace(first);

        startAs(rose);

        _get(FamilyHomeView.class);
        assertThat(currentPath()).isEqualTo("family/" + first);

        clock.advance(Duration.ofMinutes(1));
        UI.getCurrent().navigate("family/" + second);
        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEqualTo("family/" + second);
    }

    @Test
    void anInvitationSheOpenedBeforeLoggingInOpensOnceSheIsSignedInAndOnlyOnce() {
        var maya = newAccount("Maya");
        spaceOf(maya, "The Rivera family");
        startAs(maya);
        var token = "AbC-123_xyz";

        VaadinSession.getCurrent().getSession().setAttribute(FamilyNavigation.PENDING_INVITATION, token);
        UI.getCurrent().navigate("");

        assertThat(currentPath()).isEqualTo("invitation/" + token);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(FamilyNavigation.PENDING_INVITATION)).isNull();
        UI.getCurrent().navigate("");
        assertThat(currentPath()).startsWith("family/");
    }

    @Test
    void somethingInTheSessionThatIsNotATokenIsIgnored() {
        startAs(newAccount("Maya"));

        VaadinSession.getCurrent().getSession().setAttribute(FamilyNavigation.PENDING_INVITATION, "../account");
        UI.getCurrent().navigate("help");
        UI.getCurrent().navigate("");

        assertThat(currentPath()).isEmpty();
        _get(StartView.class);
    }
}
