package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.base.Countries;
import app.village.family.FamilyRole;
import app.village.family.PublicAddress;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.notification.MailStatus;
import app.village.notification.SwitchableMailStatus;
import app.village.security.VillageUser;
import app.village.testsupport.SignedIn;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InviteViewTest extends FamilySpaceUiTest {

    @Autowired AccountService accountService;
    @Autowired PublicAddress publicAddress;
    @Autowired SwitchableMailStatus mailStatus;

    VillageUser maya;
    SpaceId spaceId;

    @AfterEach
    void mailAsConfigured() {
        mailStatus.reset();
    }

    @BeforeEach
    void mayaHasASpace() {
        maya = newAccount("Maya");
        spaceId = spaceOf(maya, "The Rivera family");
    }

    private InviteView openInvitePageAs(VillageUser user) {
        startAs(user);
        UI.getCurrent().navigate(FamilyNavigation.invitePath(spaceId));
        return _get(InviteView.class);
    }

    private static void fillIn(InviteView view, String name, String relationship, FamilyRole role, String email) {
        _setValue(view.name, name);
        _setValue(view.relationship, relationship);
        _setValue(view.role, role);
        _setValue(view.email, email);
        _setValue(view.message, "We would love your help with the nights.");
        _click(view.create);
    }

    private void assertOnlyThisFieldComplains(InviteView view, HasValidation field) {
        assertOnlyThisFieldComplains(view, field, 0);
    }

    private void assertOnlyThisFieldComplains(InviteView view, HasValidation field, int invitationsBefore) {
        assertThat(field.isInvalid()).as("the field with the problem is invalid").isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
        for (var other : List.<HasValidation>of(view.name, view.relationship, view.role, view.email, view.message)) {
            if (other != field) {
                assertThat(other.isInvalid()).as("another field is invalid").isFalse();
            }
        }
        assertThat(view.linkPanel).as("no link was made").isNull();
        SignedIn.as(maya.accountId(), maya.displayName());
        assertThat(invitationService.invitations(spaceId)).as("nothing stored").hasSize(invitationsBefore);
    }

    /** As if the browser had opened Village at this address (its Host header). */
    private static void openedAt(String host) {
        ServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((FakeRequest) request).getHeaders().put("Host", List.of(host));
    }

    @Test
    void openedAtAnotherAddressThanTheLinksShesToldTheyMayNotWorkAndHowToFixIt() {
        startAs(maya);
        openedAt("192.168.1.20:8080");
        UI.getCurrent().navigate(FamilyNavigation.invitePath(spaceId));

        var notice = _get(Paragraph.class, spec -> spec.withClasses("public-address-notice"));
        assertThat(notice.getText()).contains("may not work").contains("VILLAGE_PUBLIC_URL")
                .contains(publicAddress.url());
    }

    @Test
    void openedAtThePublicAddressThereIsNoNotice() {
        startAs(maya);
        openedAt(URI.create(publicAddress.url()).getAuthority());
        UI.getCurrent().navigate(FamilyNavigation.invitePath(spaceId));

        _get(InviteView.class);
        _assertNone(Paragraph.class, spec -> spec.withClasses("public-address-notice"));
    }

    @Test
    void nameAndRoleAreRequiredAndTheRolesExplainThemselves() {
        var view = openInvitePageAs(maya);

        assertThat(view.name.isRequiredIndicatorVisible()).isTrue();
        assertThat(view.role.isRequiredIndicatorVisible()).isTrue();
        assertThat(view.role.getValue()).isEqualTo(FamilyRole.SUPPORTER);
        assertThat(view.role.getListDataView().getItems()).contains(FamilyRole.OWNER);
        assertThat(view.getElement().getTextRecursively())
                .contains(FamilyRole.ORGANIZER.description(), FamilyRole.VIEWER.description());
    }

    @Test
    void invitingWithValidDetailsShowsALinkToCopyThatWorksForSevenDays() {
        var view = openInvitePageAs(maya);

        fillIn(view, "Grandma Rose", "grandmother", FamilyRole.SUPPORTER, "");

        assertThat(view.linkPanel).isNotNull();
        assertThat(view.linkPanel.link.getValue()).startsWith("http").contains("/invitation/");
        assertThat(view.linkPanel.link.isReadOnly()).isTrue();
        assertThat(view.result.getElement().getTextRecursively())
                .contains("Send this link to Grandma Rose")
                .contains("works for 7 days")
                .contains("one person only")
                .doesNotContain("emailed").doesNotContain(MailStatus.MAIL_IS_OFF);
        var invitations = invitationService.invitations(spaceId);
        assertThat(invitations).singleElement().satisfies(invitation -> {
            assertThat(invitation.name()).isEqualTo("Grandma Rose");
            assertThat(invitation.relationship()).isEqualTo("grandmother");
            assertThat(invitation.role()).isEqualTo(FamilyRole.SUPPORTER);
        });
        _assertNone(view, FormLayout.class); // the form makes room for the link
    }

    @Test
    void withMailOnAnEmailedInvitationSaysItWasEmailedAndStillOffersTheLink() {
        mailStatus.pretend(true);
        var view = openInvitePageAs(maya);

        assertThat(view.email.getHelperText()).as("the address field says mail will go")
                .isEqualTo("We'll email them the link. You can also copy it and send it yourself.")
                .doesNotContain("can't send email");
        fillIn(view, "Leo", "partner", FamilyRole.ORGANIZER, "leo@village.example");

        assertThat(view.result.getElement().getTextRecursively())
                .contains("We've emailed Leo the link. You can also copy it below.")
                .doesNotContain(MailStatus.MAIL_IS_OFF);
        assertThat(view.linkPanel).isNotNull();
        assertThat(view.linkPanel.link.getValue()).contains("/invitation/");
    }

    @Test
    void withMailOffAnEmailedInvitationSaysMailIsOffAndOffersTheLinkToCopy() {
        mailStatus.pretend(false);
        var view = openInvitePageAs(maya);

        assertThat(view.email.getHelperText()).as("the address field says mail can't go yet")
                .startsWith("Village can't send email yet");
        fillIn(view, "Leo", "partner", FamilyRole.ORGANIZER, "leo@village.example");

        assertThat(view.result.getElement().getTextRecursively())
                .contains(MailStatus.MAIL_IS_OFF)
                .contains("Please copy the link below and send it to Leo yourself.")
                .doesNotContain("We've emailed");
        assertThat(view.linkPanel).isNotNull();
        assertThat(view.linkPanel.copy.isVisible()).isTrue();
    }

    @Test
    void copyingShowsWhetherItWorkedAndOtherwiseAsksToCopyByHand() {
        var view = openInvitePageAs(maya);
        fillIn(view, "Grandma Rose", "", FamilyRole.SUPPORTER, "");

        _click(view.linkPanel.copy);
        view.linkPanel.copied(true);
        assertThat(view.linkPanel.status.getText()).isEqualTo(InvitationLinkPanel.COPIED);

        view.linkPanel.copied(false);
        assertThat(view.linkPanel.status.getText()).isEqualTo(InvitationLinkPanel.COPY_BY_HAND);
        assertThat(view.linkPanel.status.getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void inviteSomeoneElseStartsAFreshFormAndDoneOpensTheMembers() {
        var view = openInvitePageAs(maya);
        fillIn(view, "Grandma Rose", "grandmother", FamilyRole.SUPPORTER, "");

        _click(view.inviteAnother);

        assertThat(view.name.getValue()).isEmpty();
        assertThat(view.linkPanel).isNull();
        fillIn(view, "Aunt Ada", "", FamilyRole.VIEWER, "");
        assertThat(invitationService.invitations(spaceId)).hasSize(2);

        _click(view.done);
        assertThat(currentPath()).isEqualTo(FamilyNavigation.membersPath(spaceId));
    }

    @Test
    void aBlankNameShowsTheMessageNextToTheName() {
        var view = openInvitePageAs(maya);

        fillIn(view, "   ", "grandmother", FamilyRole.SUPPORTER, "");

        assertOnlyThisFieldComplains(view, view.name);
    }

    @Test
    void aFiveHundredCharacterNameShowsTheMessageNextToTheName() {
        var view = openInvitePageAs(maya);

        fillIn(view, "R".repeat(500), "grandmother", FamilyRole.SUPPORTER, "");

        assertOnlyThisFieldComplains(view, view.name);
        assertThat(view.name.getErrorMessage()).contains("80 characters");
    }

    @Test
    void markupInTheNameShowsTheMessageNextToTheName() {
        var view = openInvitePageAs(maya);

        fillIn(view, "<b>x</b>", "grandmother", FamilyRole.SUPPORTER, "");

        assertOnlyThisFieldComplains(view, view.name);
    }

    @Test
    void somethingThatIsNotAnEmailShowsTheMessageNextToTheEmail() {
        var view = openInvitePageAs(maya);

        fillIn(view, "Grandma Rose", "grandmother", FamilyRole.SUPPORTER, "rose.village.example");

        assertOnlyThisFieldComplains(view, view.email);
    }

    @Test
    void theEmailOfSomeoneAlreadyInTheSpaceShowsTheMessageNextToTheEmail() {
        var leoEmail = uniqueEmail();
        var leo = new VillageUser(accountService.register(new Registration(leoEmail, "Leo", GOOD_PASSWORD)), "Leo");
        join(maya, spaceId, leo, "partner", FamilyRole.ORGANIZER);
        var view = openInvitePageAs(maya);

        fillIn(view, "Leo again", "partner", FamilyRole.SUPPORTER, leoEmail.toUpperCase());

        assertOnlyThisFieldComplains(view, view.email, 1); // only Leo's own, accepted invitation
        assertThat(view.email.getErrorMessage()).contains("already a member");
    }

    @Test
    void anOrganizerAllowedToInviteIsOfferedTheSupporterRoleOnly() {
        var leo = newAccount("Leo");
        join(maya, spaceId, leo, "partner", FamilyRole.ORGANIZER);
        SignedIn.as(maya.accountId(), maya.displayName());
        familyService.updateSpace(spaceId, new SpaceForm("The Rivera family", "", null, false, "Europe/Helsinki",
                "", "", "", "", true, Countries.DEFAULT));

        var view = openInvitePageAs(leo);

        assertThat(view.role.getListDataView().getItems()).containsExactly(FamilyRole.SUPPORTER);
        fillIn(view, "Aunt Ada", "aunt", FamilyRole.SUPPORTER, "");
        assertThat(view.linkPanel).isNotNull();
    }

    @Test
    void aSupporterIsToldInvitationsAreForOwnersAndSeesNoForm() {
        var rose = newAccount("Grandma Rose");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);

        startAs(rose);
        UI.getCurrent().navigate(FamilyNavigation.invitePath(spaceId));

        var view = _get(InviteView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Only owners can open this page");
        _assertNone(view, FormLayout.class);
    }

    @Test
    void someoneOutsideTheSpaceIsSentHomeWithoutItsName() {
        var stranger = newAccount("Stranger");

        startAs(stranger);
        UI.getCurrent().navigate(FamilyNavigation.invitePath(spaceId));

        _assertNone(InviteView.class);
        assertThat(everythingInThePage()).doesNotContain("The Rivera family");
    }
}
