package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.base.ui.Confirmations;
import app.village.family.FamilyRole;
import app.village.family.InvitationForm;
import app.village.family.InvitationProblem;
import app.village.family.InvitationStatus;
import app.village.family.MemberSummary;
import app.village.family.SpaceId;
import app.village.notification.MailStatus;
import app.village.notification.SwitchableMailStatus;
import app.village.security.VillageUser;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SignedIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MembersViewTest extends FamilySpaceUiTest {

    @Autowired AccountService accountService;
    @Autowired MutableClock clock;
    @Autowired SwitchableMailStatus mailStatus;

    String mayaEmail;
    String roseEmail;
    VillageUser maya;
    VillageUser rose;
    SpaceId spaceId;

    @AfterEach
    void mailAsConfigured() {
        mailStatus.reset();
    }

    @BeforeEach
    void mayaAndRoseShareASpace() {
        // Opening an invitation link counts against the network address's look-ups; start each test afresh.
        clock.advance(Duration.ofHours(1));
        mayaEmail = uniqueEmail();
        roseEmail = uniqueEmail();
        maya = person("Maya", mayaEmail);
        rose = person("Grandma Rose", roseEmail);
        spaceId = spaceOf(maya, "The Rivera family");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);
    }

    private VillageUser person(String name, String email) {
        return new VillageUser(accountService.register(new Registration(email, name, GOOD_PASSWORD)), name);
    }

    private MembersView openMembersAs(VillageUser user) {
        startAs(user);
        UI.getCurrent().navigate(FamilyNavigation.membersPath(spaceId));
        return _get(MembersView.class);
    }

    private static MembersView.MemberRow rowOf(MembersView view, String name) {
        return view.memberRows.stream().filter(row -> row.member.displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No member " + name));
    }

    private static MembersView.InvitationRow invitationOf(MembersView view, String name) {
        return view.invitationRows.stream().filter(row -> row.invitation.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No invitation for " + name));
    }

    private static void confirm() {
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.CONFIRM_CLASS)));
    }

    private MemberSummary memberNamed(String name) {
        SignedIn.as(maya.accountId(), maya.displayName());
        return familyService.members(spaceId).stream().filter(m -> m.displayName().equals(name)).findFirst()
                .orElseThrow();
    }

    private String invite(String name) {
        SignedIn.as(maya.accountId(), maya.displayName());
        return invitationService.invite(spaceId, new InvitationForm(name, "aunt", FamilyRole.VIEWER, null, "")).link();
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void theOwnerSeesEveryonesRelationshipRoleJoinDateAndEmail() {
        var view = openMembersAs(maya);

        var text = view.memberList.getElement().getTextRecursively();
        assertThat(text).contains("Maya (you)", "Grandma Rose", "grandmother", "Joined ", mayaEmail, roseEmail);
        assertThat(rowOf(view, "Grandma Rose").role).isNotNull();
        assertThat(rowOf(view, "Grandma Rose").role.getValue()).isEqualTo(FamilyRole.SUPPORTER);
    }

    @Test
    void aSupporterSeesNamesAndRolesButNoEmailsAndNoControls() {
        var view = openMembersAs(rose);

        var text = view.memberList.getElement().getTextRecursively();
        assertThat(text).contains("Maya", "Grandma Rose (you)", "Owner", "Supporter");
        assertThat(everythingInThePage()).doesNotContain(mayaEmail).doesNotContain(roseEmail);
        assertThat(view.memberRows).allSatisfy(row -> {
            assertThat(row.role).isNull();
            assertThat(row.remove).isNull();
        });
        assertThat(view.invite.isVisible()).isFalse();
        assertThat(view.invitationsSection.isVisible()).isFalse();
    }

    @Test
    void theOwnerChangesARoleAfterConfirming() {
        var view = openMembersAs(maya);

        _setValue(rowOf(view, "Grandma Rose").role, FamilyRole.ORGANIZER);
        confirm();

        assertThat(memberNamed("Grandma Rose").role()).isEqualTo(FamilyRole.ORGANIZER);
        assertThat(rowOf(view, "Grandma Rose").role.getValue()).isEqualTo(FamilyRole.ORGANIZER);
    }

    @Test
    void cancellingARoleChangeKeepsTheRole() {
        var view = openMembersAs(maya);

        _setValue(rowOf(view, "Grandma Rose").role, FamilyRole.VIEWER);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.KEEP_CLASS)));

        assertThat(memberNamed("Grandma Rose").role()).isEqualTo(FamilyRole.SUPPORTER);
        assertThat(rowOf(view, "Grandma Rose").role.getValue()).isEqualTo(FamilyRole.SUPPORTER);
    }

    @Test
    void theLastOwnerCannotDemoteHerselfAndIsToldWhy() {
        var view = openMembersAs(maya);
        var mine = rowOf(view, "Maya");

        _setValue(mine.role, FamilyRole.SUPPORTER);
        confirm();

        assertThat(mine.role.isInvalid()).isTrue();
        assertThat(mine.role.getErrorMessage()).contains("Make someone else an owner first");
        assertThat(mine.role.getValue()).isEqualTo(FamilyRole.OWNER);
        assertThat(memberNamed("Maya").role()).isEqualTo(FamilyRole.OWNER);
    }

    @Test
    void theLastOwnerCannotLeaveAndIsToldWhy() {
        var view = openMembersAs(maya);

        _click(view.leave);
        confirm();

        assertThat(view.leaveProblem.isVisible()).isTrue();
        assertThat(view.leaveProblem.getText()).contains("only owner");
        assertThat(currentPath()).isEqualTo(FamilyNavigation.membersPath(spaceId));
        assertThat(memberNamed("Maya").role()).isEqualTo(FamilyRole.OWNER);
    }

    @Test
    void theOwnerCannotRemoveHerselfOnlyOthers() {
        var view = openMembersAs(maya);

        assertThat(rowOf(view, "Maya").remove).isNull();
        _click(rowOf(view, "Grandma Rose").remove);
        confirm();

        SignedIn.as(maya.accountId(), maya.displayName());
        assertThat(familyService.members(spaceId)).extracting(MemberSummary::displayName).containsExactly("Maya");
        assertThat(view.memberRows).extracting(row -> row.member.displayName()).containsExactly("Maya");
    }

    @Test
    void aSupporterLeavesAndLandsOnTheStartPage() {
        var view = openMembersAs(rose);

        _click(view.leave);
        confirm();

        assertThat(currentPath()).isNotEqualTo(FamilyNavigation.membersPath(spaceId)).doesNotContain(spaceId.toString());
        SignedIn.as(maya.accountId(), maya.displayName());
        assertThat(familyService.members(spaceId)).extracting(MemberSummary::displayName).containsExactly("Maya");
    }

    @Test
    void theOwnerSeesInvitationsWithTheirState() {
        invite("Aunt Ada");
        var view = openMembersAs(maya);

        var ada = invitationOf(view, "Aunt Ada");
        assertThat(ada.status.getText()).isEqualTo("Pending");
        assertThat(ada.getElement().getTextRecursively()).contains("aunt", "Viewer", "Sent ", "works until");
        assertThat(ada.revoke).isNotNull();
        assertThat(ada.newLink).isNotNull();
        assertThat(invitationOf(view, "Grandma Rose").status.getText()).isEqualTo("Accepted");
        assertThat(invitationOf(view, "Grandma Rose").revoke).isNull();
        assertThat(invitationOf(view, "Grandma Rose").newLink).isNull();
    }

    @Test
    void inviteSomeoneOpensTheInvitePage() {
        var view = openMembersAs(maya);

        _click(view.invite);

        assertThat(currentPath()).isEqualTo(FamilyNavigation.invitePath(spaceId));
    }

    @Test
    void revokingAnInvitationChangesItsStateAndItsLinkThenShowsTheFriendlyMessage() {
        var link = invite("Aunt Ada");
        var view = openMembersAs(maya);

        _click(invitationOf(view, "Aunt Ada").revoke);
        confirm();

        assertThat(invitationOf(view, "Aunt Ada").status.getText()).isEqualTo(InvitationStatus.REVOKED.label());
        assertThat(invitationOf(view, "Aunt Ada").revoke).isNull();
        UI.getCurrent().navigate(FamilyNavigation.invitationPath(tokenOf(link)));
        var invitation = _get(InvitationView.class);
        assertThat(invitation.getElement().getTextRecursively())
                .contains(InvitationProblem.UNUSABLE)
                .doesNotContain("Aunt Ada");
    }

    @Test
    void aNewLinkForAPendingInvitationIsShownToCopyAndTheOldOneStopsWorking() {
        var oldLink = invite("Aunt Ada");
        var view = openMembersAs(maya);

        _click(invitationOf(view, "Aunt Ada").newLink);
        confirm();

        var ada = invitationOf(view, "Aunt Ada");
        assertThat(ada.linkPanel).isNotNull();
        var newLink = ada.linkPanel.link.getValue();
        assertThat(newLink).contains("/invitation/").isNotEqualTo(oldLink);
        assertThat(invitationService.preview(tokenOf(oldLink), "members-test-" + UUID.randomUUID())).isEmpty();
        assertThat(invitationService.preview(tokenOf(newLink), "members-test-" + UUID.randomUUID())).isPresent();
    }

    @Test
    void anExpiredInvitationGetsANewLinkWithoutConfirming() {
        invite("Aunt Ada");
        clock.advance(Duration.ofDays(8));
        var view = openMembersAs(maya);
        var ada = invitationOf(view, "Aunt Ada");
        assertThat(ada.status.getText()).isEqualTo("Expired");
        assertThat(ada.revoke).isNull();

        _click(ada.newLink);

        var renewed = invitationOf(view, "Aunt Ada");
        assertThat(renewed.status.getText()).isEqualTo("Pending");
        assertThat(renewed.linkPanel).isNotNull();
    }

    @Test
    void withMailOnANewLinkForAnEmailedInvitationSaysItWasEmailedAgain() {
        mailStatus.pretend(true);
        invite("Aunt Ada", "ada-" + UUID.randomUUID() + "@village.example");
        var view = openMembersAs(maya);

        _click(invitationOf(view, "Aunt Ada").newLink);
        confirm();

        var ada = invitationOf(view, "Aunt Ada");
        assertThat(ada.linkPanel).isNotNull();
        assertThat(ada.getElement().getTextRecursively())
                .contains("We've emailed Aunt Ada the new link. You can also copy it below.")
                .contains("Any earlier link no longer works.")
                .doesNotContain(MailStatus.MAIL_IS_OFF);
    }

    @Test
    void withMailOffANewLinkForAnEmailedInvitationSaysMailIsOffAndOffersTheLink() {
        mailStatus.pretend(false);
        invite("Aunt Ada", "ada-" + UUID.randomUUID() + "@village.example");
        var view = openMembersAs(maya);

        _click(invitationOf(view, "Aunt Ada").newLink);
        confirm();

        var ada = invitationOf(view, "Aunt Ada");
        assertThat(ada.linkPanel).isNotNull();
        assertThat(ada.getElement().getTextRecursively())
                .contains(MailStatus.MAIL_IS_OFF)
                .contains("Please send this new link to Aunt Ada yourself.")
                .doesNotContain("We've emailed");
    }

    @Test
    void aNewLinkForAnInvitationWithoutEmailSaysNothingAboutMail() {
        mailStatus.pretend(true);
        invite("Aunt Ada");
        var view = openMembersAs(maya);

        _click(invitationOf(view, "Aunt Ada").newLink);
        confirm();

        assertThat(invitationOf(view, "Aunt Ada").getElement().getTextRecursively())
                .contains("Send this new link to Aunt Ada.").doesNotContain("emailed", MailStatus.MAIL_IS_OFF);
    }

    private void invite(String name, String email) {
        SignedIn.as(maya.accountId(), maya.displayName());
        invitationService.invite(spaceId, new InvitationForm(name, "aunt", FamilyRole.VIEWER, email, ""));
    }
}
