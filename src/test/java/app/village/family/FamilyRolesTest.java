package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Members of the same space, each kept to what her role allows. */
@IntegrationTest
class FamilyRolesTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired FamilyService families;
    @Autowired InvitationService invitations;

    VillageUser maya;
    VillageUser daniel;
    VillageUser rose;
    SpaceId space;

    @BeforeEach
    void aFamilyWhereOrganizersMayInvite() {
        maya = family.mother();
        space = family.space();
        var settings = families.space(space).settings();
        families.updateSpace(space, new SpaceForm(settings.name(), "", null, false, settings.timeZone(), "", "", "", "", true,
                settings.country()));
        daniel = family.person("Daniel", FamilyRole.ORGANIZER);
        rose = family.person("Rose", FamilyRole.SUPPORTER);
    }

    static InvitationForm invitationAs(FamilyRole role) {
        return new InvitationForm("Someone", "", role, null, "");
    }

    @Test
    void anOrganizerWhoMayInviteBringsInSupportersOnly() {
        family.as(daniel);
        assertThat(invitations.invite(space, invitationAs(FamilyRole.SUPPORTER)).link()).contains("/invitation/");
        for (var role : new FamilyRole[] {FamilyRole.OWNER, FamilyRole.ORGANIZER, FamilyRole.VIEWER}) {
            assertThatThrownBy(() -> invitations.invite(space, invitationAs(role))).as("%s", role)
                    .isInstanceOf(FamilyProblem.class);
        }
    }

    @Test
    void anOrganizerCannotRenewOrRevokeAnOwnersInvitation() {
        family.as(maya);
        var ownerInvitation = invitations.invite(space, invitationAs(FamilyRole.OWNER));

        family.as(daniel);
        assertThatThrownBy(() -> invitations.reissue(space, ownerInvitation.invitationId())).isInstanceOf(FamilyProblem.class);
        assertThatThrownBy(() -> invitations.revoke(space, ownerInvitation.invitationId())).isInstanceOf(FamilyProblem.class);
        assertThat(invitations.preview(FamilyTestData.tokenOf(ownerInvitation.link()), "client-" + UUID.randomUUID()))
                .isPresent();
    }

    @Test
    void onlyOwnersSeeInviteesEmails() {
        family.as(maya);
        invitations.invite(space, new InvitationForm("Lucia", "", FamilyRole.SUPPORTER, "lucia-" + UUID.randomUUID()
                + "@village.example", ""));
        assertThat(invitations.invitations(space)).anySatisfy(i -> assertThat(i.email()).isNotNull());

        family.as(daniel);
        assertThat(invitations.invitations(space)).allSatisfy(i -> assertThat(i.email()).isNull());
    }

    @Test
    void supportersCanNeitherInviteNorManage() {
        family.as(rose);
        assertThatThrownBy(() -> invitations.invite(space, invitationAs(FamilyRole.SUPPORTER)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> invitations.invitations(space)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> families.deleteSpace(space, "The Rivera family")).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void twoOwnersSteppingDownAtTheSameMomentLeaveOneOwner() throws Exception {
        family.as(maya);
        var danielMembership = families.members(space).stream()
                .filter(m -> m.accountId().equals(daniel.accountId())).findFirst().orElseThrow().membershipId();
        families.changeRole(space, danielMembership, FamilyRole.OWNER);

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var outcomes = new ArrayList<Future<String>>();
        for (var owner : new VillageUser[] {maya, daniel}) {
            outcomes.add(pool.submit(() -> {
                SignedIn.as(owner.accountId(), owner.displayName());
                start.await();
                try {
                    families.leave(space);
                    return "left";
                } catch (FamilyProblem refused) {
                    return "refused";
                } finally {
                    SignedIn.nobody();
                }
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        var results = new ArrayList<String>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }
        assertThat(results).containsExactlyInAnyOrder("left", "refused");
        family.as(rose);
        assertThat(families.members(space)).filteredOn(m -> m.role() == FamilyRole.OWNER).hasSize(1);
    }
}
