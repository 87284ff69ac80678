package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.ui.LivePages;
import app.village.base.ui.LostAccess;
import app.village.family.FamilyRole;
import app.village.family.MemberSummary;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.SignedIn;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home's circle and the members page follow the space live: another member joining, leaving or getting a new
 * role shows on her open page without a reload, the rest of the page stays as it was, and a push is not her
 * activity.
 */
class LiveCircleTest extends FamilySpaceUiTest {

    @Autowired LivePages livePages;

    VillageUser maya;
    VillageUser rose;
    SpaceId spaceId;

    @BeforeEach
    void mayaAndRoseShareASpace() {
        maya = newAccount("Maya");
        rose = newAccount("Grandma Rose");
        spaceId = spaceOf(maya, "The Rivera family");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);
    }

    @Test
    void someoneJoiningShowsInTheOpenHomesCircleAndTheRestOfThePageStays() {
        var home = openHome(maya);
        var leave = home.leave;
        var firstCircle = home.circle;
        assertThat(livePages.followerCount()).isPositive();
        var ben = newAccount("Uncle Ben");

        join(maya, spaceId, ben, "uncle", FamilyRole.SUPPORTER);
        SignedIn.as(maya.accountId(), maya.displayName());

        awaitPush(() -> home.circle.getElement().getTextRecursively().contains("Uncle Ben"));
        assertThat(home.circle.getElement().getTextRecursively()).contains("uncle · Supporter");
        assertThat(home.circle).isNotSameAs(firstCircle);
        assertThat(home.leave).as("the leave button is not rebuilt").isSameAs(leave);
        assertThat(currentPath()).isEqualTo("family/" + spaceId);
    }

    @Test
    void aNewRoleShowsInTheOpenHomeWithTheLinksTheRoleOpens() {
        var home = openHome(rose);
        assertThat(linkTexts(home.more)).doesNotContain("Settings");

        changeRoleOf(rose, FamilyRole.OWNER);
        SignedIn.as(rose.accountId(), rose.displayName());

        awaitPush(() -> linkTexts(home.more).contains("Settings"));
        assertThat(home.circle.getElement().getTextRecursively()).contains("grandmother · Owner");
    }

    @Test
    void someoneLeavingDisappearsFromTheOpenMembersPage() {
        var members = openMembers(maya);
        assertThat(names(members)).contains("Grandma Rose");

        SignedIn.as(rose.accountId(), rose.displayName());
        familyService.leave(spaceId);
        SignedIn.as(maya.accountId(), maya.displayName());

        awaitPush(() -> !names(members).contains("Grandma Rose"));
        assertThat(names(members)).containsExactly("Maya");
        assertThat(currentPath()).isEqualTo("family/" + spaceId + "/members");
    }

    @Test
    void herOwnRoleChangeMadeElsewhereRedrawsHerOpenMembersPage() {
        var members = openMembers(rose);
        var roseRow = rowOf(members, "Grandma Rose");
        assertThat(roseRow.role).as("a supporter sees roles, she cannot change them").isNull();

        changeRoleOf(rose, FamilyRole.OWNER);
        SignedIn.as(rose.accountId(), rose.displayName());

        awaitPush(() -> rowOf(members, "Grandma Rose").role != null);
        assertThat(members.invitationsSection.isVisible()).isTrue();
    }

    @Test
    void removedWhileHerMembersPageIsOpenSheIsTakenToHerStartPageWithTheUsualWords() {
        openMembers(rose);

        SignedIn.as(maya.accountId(), maya.displayName());
        familyService.removeMember(spaceId, membershipOf(rose));
        SignedIn.as(rose.accountId(), rose.displayName());

        awaitPush(() -> !currentPath().startsWith("family/"));
        NotificationsKt.expectNotifications(LostAccess.MESSAGE);
        assertThat(everythingInThePage()).doesNotContain("The Rivera family");
    }

    private FamilyHomeView openHome(VillageUser who) {
        startAs(who);
        UI.getCurrent().navigate(FamilyNavigation.homePath(spaceId));
        return _get(FamilyHomeView.class);
    }

    private MembersView openMembers(VillageUser who) {
        startAs(who);
        UI.getCurrent().navigate(FamilyNavigation.membersPath(spaceId));
        return _get(MembersView.class);
    }

    private void changeRoleOf(VillageUser who, FamilyRole role) {
        SignedIn.as(maya.accountId(), maya.displayName());
        familyService.changeRole(spaceId, membershipOf(who), role);
    }

    private java.util.UUID membershipOf(VillageUser who) {
        return familyService.members(spaceId).stream().filter(m -> m.accountId().equals(who.accountId()))
                .map(MemberSummary::membershipId).findFirst().orElseThrow();
    }

    private static java.util.List<String> names(MembersView view) {
        return view.memberRows.stream().map(row -> row.member.displayName()).toList();
    }

    private static MembersView.MemberRow rowOf(MembersView view, String name) {
        return view.memberRows.stream().filter(row -> row.member.displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No member " + name));
    }
}
