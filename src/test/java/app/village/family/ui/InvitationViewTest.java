package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.base.ui.Confirmations;
import app.village.family.FamilyRole;
import app.village.family.InvitationForm;
import app.village.family.InvitationProblem;
import app.village.family.MemberSummary;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.SignedIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationViewTest extends FamilySpaceUiTest {

    @Autowired AccountService accountService;

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    VillageUser maya;
    SpaceId spaceId;

    @BeforeEach
    void mayaHasASpace() {
        // Failed look-ups count against the network address: each test comes from an address of its own.
        comeFrom("10.0.0." + NEXT_ADDRESS.incrementAndGet());
        maya = newAccount("Maya");
        spaceId = spaceOf(maya, "The Rivera family");
    }

    private String invite(String name, @Nullable String email, String message) {
        SignedIn.as(maya.accountId(), maya.displayName());
        var link = invitationService.invite(spaceId,
                new InvitationForm(name, "partner", FamilyRole.ORGANIZER, email, message)).link();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private InvitationView open(String token) {
        UI.getCurrent().navigate(FamilyNavigation.invitationPath(token));
        return _get(InvitationView.class);
    }

    private VillageUser person(String name, String email) {
        return new VillageUser(accountService.register(new Registration(email, name, GOOD_PASSWORD)), name);
    }

    private static @Nullable Object pendingInvitation() {
        return VaadinSession.getCurrent().getSession().getAttribute(FamilyNavigation.PENDING_INVITATION);
    }

    @Test
    void signedOutSheSeesWhoInvitedHerToWhichFamilyAsWhat() {
        var token = invite("Leo", "leo@village.example", "We need you for the nights!");
        startSignedOut();

        var view = open(token);

        assertThat(view.getElement().getTextRecursively())
                .contains("Maya invited you to The Rivera family")
                .contains("an organizer")
                .contains("partner")
                .contains("We need you for the nights!");
        assertThat(view.createAccount.getText()).isEqualTo("Create an account");
        assertThat(view.logIn.getText()).isEqualTo("Log in");
    }

    @Test
    void creatingAnAccountRemembersTheInvitationAndPrefillsTheInvitedEmail() {
        var token = invite("Leo", "leo@village.example", "");
        startSignedOut();
        var view = open(token);

        _click(view.createAccount);

        assertThat(pendingInvitation()).isEqualTo(token);
        assertThat(currentPath()).isEqualTo("register");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .as("the invited address stays out of the page address").isEmpty();
        var emailField = _get(TextField.class, spec -> spec.withLabel("Email"));
        assertThat(emailField.getValue()).isEqualTo("leo@village.example");
    }

    @Test
    void loggingInRemembersTheInvitation() {
        var token = invite("Leo", null, "");
        startSignedOut();
        var view = open(token);

        _click(view.logIn);

        assertThat(pendingInvitation()).isEqualTo(token);
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    void signedInSheJoinsAndLandsOnTheFamilyHome() {
        var leoEmail = uniqueEmail();
        var leo = person("Leo", leoEmail);
        var token = invite("Leo", leoEmail, "");
        startAs(leo);
        var view = open(token);

        assertThat(view.getElement().getTextRecursively())
                .contains("You will join as Leo (" + leoEmail + ")")
                .doesNotContain("was sent to");
        assertThat(view.join.getText()).isEqualTo("Join The Rivera family");

        _click(view.join);

        assertThat(currentPath()).isEqualTo(FamilyNavigation.homePath(spaceId));
        assertThat(familyService.members(spaceId)).extracting(MemberSummary::displayName).contains("Maya", "Leo");
    }

    @Test
    void joiningWithAnAccountOtherThanTheInvitedEmailIsAllowedButSaidPlainly() {
        var otherEmail = uniqueEmail();
        var leo = person("Leo", otherEmail);
        var token = invite("Leo", "leo.work@village.example", "");
        startAs(leo);

        var view = open(token);

        assertThat(view.getElement().getTextRecursively())
                .contains("This invitation was sent to leo.work@village.example")
                .contains("you are logged in as " + otherEmail);
        _click(view.join);
        assertThat(currentPath()).isEqualTo(FamilyNavigation.homePath(spaceId));
    }

    @Test
    void joiningALinkRevokedMeanwhileShowsTheFriendlyMessage() {
        var token = invite("Leo", null, "");
        var leo = newAccount("Leo");
        startAs(leo);
        var view = open(token);
        SignedIn.as(maya.accountId(), maya.displayName());
        var invitationId = invitationService.invitations(spaceId).getFirst().id();
        invitationService.revoke(spaceId, invitationId);
        SignedIn.as(leo.accountId(), leo.displayName());

        _click(view.join);

        assertThat(view.getElement().getTextRecursively()).contains(InvitationProblem.UNUSABLE);
        assertThat(currentPath()).startsWith("invitation/");
    }

    @Test
    void decliningAfterConfirmingUsesUpTheLink() {
        var token = invite("Leo", null, "");
        startAs(newAccount("Leo"));
        var view = open(token);

        _click(view.decline);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.CONFIRM_CLASS)));

        assertThat(view.getElement().getTextRecursively()).contains("You declined the invitation");
        assertThat(open(token).getElement().getTextRecursively()).contains(InvitationProblem.UNUSABLE);
    }

    @Test
    void anUnknownLinkGetsTheSameFriendlyMessageAndAWayToTheStartPage() {
        startSignedOut();

        var view = open("nonsense-" + UUID.randomUUID());

        assertThat(view.getElement().getTextRecursively()).contains(InvitationProblem.UNUSABLE);
        assertThat(linkTexts(view)).contains("Go to the start page");
    }

    @Test
    void tooManyTriesFromOneAddressAreRefusedWithACalmMessage() {
        var token = invite("Leo", null, "");
        startSignedOut();
        var client = InvitationView.clientKey();
        while (true) {
            try {
                // Only failed look-ups count: a stranger guessing links.
                invitationService.preview("guess-" + UUID.randomUUID(), client);
            } catch (InvitationProblem tooMany) {
                break;
            }
        }

        var view = open(token);

        assertThat(view.getElement().getTextRecursively())
                .contains(InvitationProblem.TOO_MANY_TRIES)
                .doesNotContain("The Rivera family");
    }
}
