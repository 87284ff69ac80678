package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.guide.Callout;
import app.village.guide.ui.GuideCallout;
import app.village.security.VillageUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guide's tip on the invite page: why a circle helps, until she hides it. */
class InviteCalloutTest extends FamilySpaceUiTest {

    VillageUser maya;
    SpaceId spaceId;

    @BeforeEach
    void mayaHasASpace() {
        maya = newAccount("Maya");
        spaceId = spaceOf(maya, "The Rivera family");
    }

    private void openInvitePage(VillageUser who, SpaceId space) {
        startAs(who);
        UI.getCurrent().navigate(FamilyNavigation.invitePath(space));
        _get(InviteView.class);
    }

    private static List<GuideCallout> callouts() {
        return _find(GuideCallout.class);
    }

    private static GuideCallout whyACircleHelps() {
        assertThat(callouts()).extracting(GuideCallout::callout).containsExactly(Callout.WHY_A_CIRCLE_HELPS);
        var callout = callouts().getFirst();
        var link = _get(callout, Anchor.class);
        assertThat(link.getHref()).isEqualTo(Callout.WHY_A_CIRCLE_HELPS.path());
        assertThat(link.getText()).isEqualTo("Why a circle helps");
        assertThat(callout.getElement().getTextRecursively()).contains(Callout.WHY_A_CIRCLE_HELPS.text());
        return callout;
    }

    @Test
    void theInvitePageSaysWhyACircleHelpsAndLinksToThatSectionOfTheGuide() {
        openInvitePage(maya, spaceId);

        whyACircleHelps();
    }

    @Test
    void someoneWhoMayNotInviteGetsNeitherTheFormNorTheTip() {
        var rose = newAccount("Grandma Rose");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);

        openInvitePage(rose, spaceId);

        assertThat(callouts()).isEmpty();
    }

    @Test
    void onceSheHidesItItStaysHiddenForHerEvenInAnotherSpaceButNotForSomeoneElse() {
        openInvitePage(maya, spaceId);

        _click(_get(whyACircleHelps(), Button.class, spec -> spec.withText("Hide this tip")));

        assertThat(callouts()).isEmpty();
        assertThat(_get(InviteView.class).create.isVisible()).as("the form stays").isTrue();
        openInvitePage(maya, spaceId);
        assertThat(callouts()).as("on a fresh page").isEmpty();
        var hersToo = spaceOf(maya, "Maya's book club");
        openInvitePage(maya, hersToo);
        assertThat(callouts()).as("in her other space").isEmpty();

        var lucia = newAccount("Lucia");
        openInvitePage(lucia, spaceOf(lucia, "The Okafor family"));
        whyACircleHelps();
    }
}
