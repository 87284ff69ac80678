package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.base.NoLongerAvailableException;
import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.SignedIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

class FamilyHomeViewTest extends FamilySpaceUiTest {

    private FamilyHomeView openHome(VillageUser who, SpaceId spaceId) {
        startAs(who);
        UI.getCurrent().navigate("family/" + spaceId);
        return _get(FamilyHomeView.class);
    }

    @Test
    void theHomeShowsTheCircleWithRelationshipsAndRolesAndAnHonestEmptyToday() {
        var maya = newAccount("Maya");
        var rose = newAccount("Grandma Rose");
        var spaceId = spaceOf(maya, "The Rivera family");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);

        var home = openHome(rose, spaceId);

        var text = home.getElement().getTextRecursively();
        assertThat(_get(home, H1.class).getText()).isEqualTo("The Rivera family");
        assertThat(text).contains("Maya", "Owner", "Grandma Rose (you)", "grandmother · Supporter",
                "No tasks yet. Add the first one", "Fair share");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("The Rivera family · Village");
    }

    @Test
    void theOwnerSeesInviteSettingsAndActivity() {
        var maya = newAccount("Maya");
        var spaceId = spaceOf(maya, "The Rivera family");

        var home = openHome(maya, spaceId);

        assertThat(linkTexts(home)).contains("Invite someone", "Members & invitations", "Settings", "Activity",
                "New family space");
        assertThat(link(home, "Settings").getHref()).isEqualTo("family/" + spaceId + "/settings");
        assertThat(link(home, "Activity").getHref()).isEqualTo("family/" + spaceId + "/activity");
        assertThat(link(home, "Invite someone").getHref()).isEqualTo("family/" + spaceId + "/invite");
        assertThat(link(home, "Members & invitations").getHref()).isEqualTo("family/" + spaceId + "/members");
    }

    @Test
    void aSupporterSeesTheMembersButNoInviteSettingsOrActivity() {
        var maya = newAccount("Maya");
        var rose = newAccount("Grandma Rose");
        var spaceId = spaceOf(maya, "The Rivera family");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);

        var home = openHome(rose, spaceId);

        assertThat(linkTexts(home)).contains("Members & invitations", "New family space")
                .doesNotContain("Invite someone", "Settings", "Activity");
    }

    @Test
    void openingAnotherFamilysSpaceShowsNoTraceOfItAndLandsOnHerStartPage() {
        var stranger = newAccount("Stranger");
        var theirs = spaceOf(stranger, "The Secret-Name family");
        var maya = newAccount("Maya");

        startAs(maya);
        UI.getCurrent().navigate("family/" + theirs);

        _assertNone(FamilyHomeView.class);
        _get(StartView.class);
        assertThat(currentPath()).isEmpty();
        assertThat(everythingInThePage()).doesNotContain("Secret-Name", theirs.toString());
        NotificationsKt.expectNotifications("This family space is no longer shared with you.");
    }

    @Test
    void anAddressThatIsNotASpaceIdShowsTheNotFoundPage() {
        startAs(newAccount("Maya"));

        UI.getCurrent().navigate("family/not-an-id");

        _assertNone(FamilyHomeView.class);
        assertThat(everythingInThePage()).contains("We couldn't find that page");
    }

    @Test
    void theOnlyOwnerCannotLeaveAndIsToldWhyInTheDialog() {
        var maya = newAccount("Maya");
        var spaceId = spaceOf(maya, "The Rivera family");
        var home = openHome(maya, spaceId);

        _click(home.leave);
        MockVaadin.clientRoundtrip(false);
        _click(home.confirmLeave);

        assertThat(home.leaveDialog.isOpened()).isTrue();
        assertThat(home.leaveProblem.isVisible()).isTrue();
        assertThat(home.leaveProblem.getText()).contains("only owner");
        assertThat(familyService.mySpaces()).hasSize(1);
    }

    @Test
    void aSupporterWhoLeavesLandsOnHerStartPageWithoutTheSpace() {
        var maya = newAccount("Maya");
        var rose = newAccount("Grandma Rose");
        var spaceId = spaceOf(maya, "The Rivera family");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);
        var home = openHome(rose, spaceId);

        _click(home.leave);
        MockVaadin.clientRoundtrip(false);
        _click(home.confirmLeave);

        assertThat(familyService.mySpaces()).isEmpty();
        _get(StartView.class);
        assertThat(currentPath()).isEmpty();
        assertThat(everythingInThePage()).contains("Start your family space");
    }

    @Test
    void someoneRemovedWhileTheSpaceIsOpenIsSentToHerOtherSpaceOnHerNextClick() {
        var maya = newAccount("Maya");
        var rose = newAccount("Grandma Rose");
        var spaceId = spaceOf(maya, "The Rivera family");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);
        var ownSpace = spaceOf(rose, "Rose's other grandchild");
        openHome(rose, spaceId);

        SignedIn.as(maya.accountId(), maya.displayName());
        var roseInCircle = familyService.members(spaceId).stream().filter(m -> m.displayName().equals("Grandma Rose"))
                .findFirst().orElseThrow();
        familyService.removeMember(spaceId, roseInCircle.membershipId());
        SignedIn.as(rose.accountId(), rose.displayName());

        // Her next click reaches the service, which refuses; the app's error handler takes it from there.
        var refusal = catchRefusal(() -> familyService.members(spaceId));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refusal));
        MockVaadin.clientRoundtrip(false);

        NotificationsKt.expectNotifications("This family space is no longer shared with you.");
        assertThat(currentPath()).isEqualTo("family/" + ownSpace);
        assertThat(everythingInThePage()).doesNotContain("The Rivera family");
    }

    private static Throwable catchRefusal(Runnable call) {
        var caught = new Throwable[1];
        assertThatThrownBy(call::run).isInstanceOf(NoLongerAvailableException.class)
                .satisfies(thrown -> caught[0] = thrown);
        return caught[0];
    }
}
