package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.ui.Confirmations;
import app.village.base.ui.LostAccess;
import app.village.family.FamilyRole;
import app.village.family.InvitationForm;
import app.village.family.InvitationStatus;
import app.village.family.MemberSummary;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.SignedIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What else reaches open pages live: the space deleted or renamed, invitations made or revoked by another owner,
 * and a change that arrives while she is answering a question on the members page (it waits for her answer).
 */
class LiveSpaceAndInvitationsTest extends FamilySpaceUiTest {

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
    void theSpaceDeletedWhileHerHomeIsOpenSheIsTakenToHerStartPageWithTheUsualWords() {
        openHome(rose);

        SignedIn.as(maya.accountId(), maya.displayName());
        familyService.deleteSpace(spaceId, "The Rivera family");
        SignedIn.as(rose.accountId(), rose.displayName());

        awaitPush(() -> !currentPath().startsWith("family/"));
        NotificationsKt.expectNotifications(LostAccess.MESSAGE);
        assertThat(everythingInThePage()).doesNotContain("The Rivera family");
    }

    @Test
    void aNewNameShowsOnHerOpenHome() {
        var home = openHome(rose);
        var leave = home.leave;

        SignedIn.as(maya.accountId(), maya.displayName());
        familyService.updateSpace(spaceId, SpaceForm.named("The Rivera-Lopez family", "Europe/Helsinki"));
        SignedIn.as(rose.accountId(), rose.displayName());

        awaitPush(() -> home.heading.getText().equals("The Rivera-Lopez family"));
        assertThat(home.getPageTitle()).isEqualTo("The Rivera-Lopez family · Village");
        assertThat(home.leave).as("the rest of the page stays").isSameAs(leave);
        assertThat(currentPath()).isEqualTo("family/" + spaceId);
    }

    @Test
    void invitationsAnotherOwnerMakesAndRevokesShowOnHerOpenMembersPage() {
        changeRoleOf(rose, FamilyRole.OWNER);
        var members = openMembers(rose);
        assertThat(invitationNames(members)).doesNotContain("Aunt Ada");

        SignedIn.as(maya.accountId(), maya.displayName());
        invitationService.invite(spaceId, new InvitationForm("Aunt Ada", "aunt", FamilyRole.SUPPORTER, null, ""));
        SignedIn.as(rose.accountId(), rose.displayName());
        awaitPush(() -> invitationNames(members).contains("Aunt Ada"));

        SignedIn.as(maya.accountId(), maya.displayName());
        var ada = invitationService.invitations(spaceId).stream().filter(i -> i.name().equals("Aunt Ada")).findFirst()
                .orElseThrow();
        invitationService.revoke(spaceId, ada.id());
        SignedIn.as(rose.accountId(), rose.displayName());
        awaitPush(() -> members.invitationRows.stream().anyMatch(row -> row.invitation.name().equals("Aunt Ada")
                && row.invitation.status() == InvitationStatus.REVOKED));
    }

    @Test
    void someoneJoiningWhileSheIsAskedToRemoveRoseWaitsForHerAnswer() {
        var members = openMembers(maya);
        var roseRow = rowOf(members, "Grandma Rose");
        _click(roseRow.remove);
        var ben = newAccount("Uncle Ben");

        join(maya, spaceId, ben, "uncle", FamilyRole.SUPPORTER);
        SignedIn.as(maya.accountId(), maya.displayName());
        roundtripsFor(Duration.ofMillis(500));
        assertThat(rowOf(members, "Grandma Rose")).as("the row she is deciding about stays").isSameAs(roseRow);
        assertThat(names(members)).doesNotContain("Uncle Ben");

        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.CONFIRM_CLASS)));
        MockVaadin.clientRoundtrip(false);

        assertThat(names(members)).containsExactlyInAnyOrder("Maya", "Uncle Ben");
        NotificationsKt.expectNotifications("Grandma Rose is no longer in the space.");
    }

    @Test
    void aRefusalAfterAChangeThatArrivedDuringTheQuestionIsShownOnThePage() {
        var leo = newAccount("Leo");
        join(maya, spaceId, leo, "brother", FamilyRole.OWNER);
        var members = openMembers(maya);
        _click(rowOf(members, "Grandma Rose").remove);

        // Leo takes Rose out of the circle while Maya's question is open.
        SignedIn.as(leo.accountId(), leo.displayName());
        familyService.removeMember(spaceId, membershipOf(rose));
        SignedIn.as(maya.accountId(), maya.displayName());
        roundtripsFor(Duration.ofMillis(500));
        assertThat(names(members)).as("held while she answers").contains("Grandma Rose");

        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.CONFIRM_CLASS)));
        MockVaadin.clientRoundtrip(false);

        assertThat(names(members)).containsExactlyInAnyOrder("Maya", "Leo");
        assertThat(members.listProblem.isVisible()).isTrue();
        assertThat(members.listProblem.getText()).isEqualTo("That person is no longer in this space.");
        assertThat(members.listProblem.isAttached()).isTrue();
    }

    @Test
    void aRefusalOnARowThatStaysMovesToItsNewRow() {
        var members = openMembers(maya);
        var mine = rowOf(members, "Maya");
        // Her own row: she is the only owner, so stepping down is refused next to her role.
        mine.role.setValue(FamilyRole.ORGANIZER);
        var ben = newAccount("Uncle Ben");

        join(maya, spaceId, ben, "uncle", FamilyRole.SUPPORTER);
        SignedIn.as(maya.accountId(), maya.displayName());
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.CONFIRM_CLASS)));
        awaitPush(() -> names(members).contains("Uncle Ben"));

        var myNewRow = rowOf(members, "Maya");
        assertThat(myNewRow).isNotSameAs(mine);
        assertThat(myNewRow.problem.isVisible()).isTrue();
        assertThat(myNewRow.problem.getText()).contains("Make someone else an owner first");
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

    private UUID membershipOf(VillageUser who) {
        return familyService.members(spaceId).stream().filter(m -> m.accountId().equals(who.accountId()))
                .map(MemberSummary::membershipId).findFirst().orElseThrow();
    }

    private static List<String> names(MembersView view) {
        return view.memberRows.stream().map(row -> row.member.displayName()).toList();
    }

    private static List<String> invitationNames(MembersView view) {
        return view.invitationRows.stream().map(row -> row.invitation.name()).toList();
    }

    private static MembersView.MemberRow rowOf(MembersView view, String name) {
        return view.memberRows.stream().filter(row -> row.member.displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No member " + name));
    }
}
