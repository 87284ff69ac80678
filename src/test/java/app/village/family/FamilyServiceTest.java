package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountProblem;
import app.village.account.AccountService;
import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FamilyServiceTest {

    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired app.village.testsupport.MutableClock clock;
    FamilyTestData data;

    VillageUser maya;
    VillageUser daniel;
    VillageUser rose;
    SpaceId space;

    @BeforeEach
    void aFamily() {
        data = new FamilyTestData(accounts, families, invitations);
        maya = data.person("Maya");
        daniel = data.person("Daniel");
        rose = data.person("Rose");
        space = data.spaceOf(maya, "The Rivera family");
        data.join(maya, space, daniel, FamilyRole.ORGANIZER);
        data.join(maya, space, rose, FamilyRole.SUPPORTER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    void as(VillageUser user) {
        SignedIn.as(user.accountId(), user.displayName());
    }

    UUID membershipOf(VillageUser user) {
        as(maya);
        return families.members(space).stream().filter(m -> m.accountId().equals(user.accountId()))
                .findFirst().orElseThrow().membershipId();
    }

    @Test
    void theCreatorOwnsHerNewSpace() {
        as(maya);
        assertThat(families.mySpaces()).extracting(SpaceSummary::name, SpaceSummary::myRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The Rivera family", FamilyRole.OWNER));
        assertThat(families.space(space).can(FamilyPermission.DELETE_SPACE)).isTrue();
    }

    @Test
    void supportersSeeNamesAndRelationshipsButNeverEmails() {
        as(rose);
        var seenByRose = families.members(space);
        assertThat(seenByRose).extracting(MemberSummary::displayName).containsExactlyInAnyOrder("Maya", "Daniel", "Rose");
        assertThat(seenByRose).allSatisfy(member -> assertThat(member.email()).isNull());

        as(maya);
        assertThat(families.members(space)).allSatisfy(member -> assertThat(member.email()).contains("@village.example"));
    }

    @Test
    void organizersAndSupportersCannotManageMembers() {
        var roseMembership = membershipOf(rose);
        for (var notOwner : new VillageUser[] {daniel, rose}) {
            as(notOwner);
            assertThatThrownBy(() -> families.changeRole(space, roseMembership, FamilyRole.VIEWER))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> families.removeMember(space, roseMembership)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> families.activity(space)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> families.updateSpace(space, SpaceForm.named("Renamed", "UTC")))
                    .isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void theLastOwnerCanNeitherLeaveNorBeDemotedUntilSheHandsOwnershipOver() {
        as(maya);
        var mayaMembership = membershipOf(maya);
        assertThatThrownBy(() -> families.leave(space)).isInstanceOf(FamilyProblem.class);
        assertThatThrownBy(() -> families.changeRole(space, mayaMembership, FamilyRole.SUPPORTER))
                .isInstanceOf(FamilyProblem.class);

        families.changeRole(space, membershipOf(daniel), FamilyRole.OWNER);
        as(maya);
        families.leave(space);

        as(daniel);
        assertThat(families.members(space)).extracting(MemberSummary::displayName).containsExactlyInAnyOrder("Daniel", "Rose");
    }

    @Test
    void aRemovedMemberIsRefusedOnHerVeryNextCall() {
        as(rose);
        assertThat(families.space(space).name()).isEqualTo("The Rivera family");

        var roseMembership = membershipOf(rose);
        as(maya);
        families.removeMember(space, roseMembership);

        as(rose);
        assertThatThrownBy(() -> families.space(space)).isInstanceOf(NotAMemberException.class)
                .hasMessageNotContaining("Rivera");
        assertThat(families.mySpaces()).isEmpty();
    }

    @Test
    void everyMembershipChangeIsInTheOwnersAuditLog() {
        var roseMembership = membershipOf(rose);
        as(maya);
        families.changeRole(space, roseMembership, FamilyRole.VIEWER);
        families.removeMember(space, roseMembership);
        as(daniel);
        families.leave(space);

        as(maya);
        assertThat(families.activity(space)).extracting(ActivityEntry::action)
                .contains("CREATED_SPACE", "INVITED", "JOINED", "ROLE_CHANGED", "REMOVED", "LEFT");
    }

    @Test
    void badSpaceSettingsAreRefusedAndStoreNothing() {
        var stranger = data.person("Lucia");
        as(stranger);
        var refused = new SpaceForm[] {
                SpaceForm.named("", "Europe/Helsinki"),
                SpaceForm.named("x".repeat(500), "Europe/Helsinki"),
                SpaceForm.named("<b>The Rivera family</b>", "Europe/Helsinki"),
                SpaceForm.named("The Rivera family", "Mars/Olympus_Mons"),
                SpaceForm.named("The Rivera family", "UTC").withCountry("XX"),
                new SpaceForm("Ok", "", java.time.LocalDate.now().plusYears(200), false, "UTC", "", "", "", "", false, "US"),
                new SpaceForm("Ok", "", null, false, "UTC", "d".repeat(1001), "", "", "", false, "US"),
        };
        for (var form : refused) {
            assertThatThrownBy(() -> families.createSpace(form)).isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(families.mySpaces()).isEmpty();
    }

    @Test
    void theOwnerSetsTheSpacesCountryAndAnUnknownOneIsRefusedKeepingTheOldOne() {
        as(maya);
        assertThat(families.space(space).settings().country()).isEqualTo("US");

        families.updateSpace(space, families.space(space).settings().withCountry(" gb "));

        assertThat(families.space(space).settings().country()).isEqualTo("GB");
        for (var notACountry : new String[] {"XX", "GBR", "", "U", "<b>"}) {
            var settings = families.space(space).settings().withCountry(notACountry);
            assertThatThrownBy(() -> families.updateSpace(space, settings)).as(notACountry)
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(families.space(space).settings().country()).isEqualTo("GB");
    }

    @Test
    void deletingASpaceNeedsItsNameTypedOut() {
        as(maya);
        assertThatThrownBy(() -> families.deleteSpace(space, "the wrong name")).isInstanceOf(FamilyProblem.class);
        families.deleteSpace(space, "the rivera family ");

        assertThat(families.mySpaces()).isEmpty();
        as(rose);
        assertThat(families.mySpaces()).isEmpty();
    }

    @Test
    void theOnlyOwnerCannotDeleteHerAccountWhileOthersDependOnTheSpace() {
        as(maya);
        assertThatThrownBy(() -> accounts.deleteMyAccount(FamilyTestData.PASSWORD))
                .isInstanceOf(AccountProblem.class)
                .hasMessageContaining("only owner");
        assertThat(families.mySpaces()).hasSize(1);
    }

    @Test
    void aSupporterWhoDeletesHerAccountLeavesTheCircle() {
        as(rose);
        accounts.deleteMyAccount(FamilyTestData.PASSWORD);

        as(maya);
        assertThat(families.members(space)).extracting(MemberSummary::displayName).containsExactlyInAnyOrder("Maya", "Daniel");
    }

    @Test
    void theLastUsedSpaceOpensByDefault() {
        var second = data.spaceOf(rose, "Rose's own space");
        as(rose);
        clock.advance(java.time.Duration.ofMinutes(1));
        families.openSpace(space);
        assertThat(families.lastUsedSpace()).contains(space);
        clock.advance(java.time.Duration.ofMinutes(1));
        families.openSpace(second);
        assertThat(families.lastUsedSpace()).contains(second);
    }
}
