package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountProblem;
import app.village.account.AccountService;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FamilyServiceTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired app.village.testsupport.MutableClock clock;

    VillageUser maya;
    VillageUser daniel;
    VillageUser rose;
    SpaceId space;

    @BeforeEach
    void aFamily() {
        maya = family.mother();
        daniel = family.person("Daniel", FamilyRole.ORGANIZER);
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        space = family.space();
    }

    UUID membershipOf(VillageUser user) {
        family.as(maya);
        return families.members(space).stream().filter(m -> m.accountId().equals(user.accountId()))
                .findFirst().orElseThrow().membershipId();
    }

    @Test
    void theCreatorOwnsHerNewSpace() {
        family.as(maya);
        assertThat(families.mySpaces()).extracting(SpaceSummary::name, SpaceSummary::myRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The Rivera family", FamilyRole.OWNER));
        assertThat(families.space(space).can(FamilyPermission.DELETE_SPACE)).isTrue();
    }

    @Test
    void supportersSeeNamesAndRelationshipsButNeverEmails() {
        family.as(rose);
        var seenByRose = families.members(space);
        assertThat(seenByRose).extracting(MemberSummary::displayName).containsExactlyInAnyOrder("Maya", "Daniel", "Rose");
        assertThat(seenByRose).allSatisfy(member -> assertThat(member.email()).isNull());

        family.as(maya);
        assertThat(families.members(space)).allSatisfy(member -> assertThat(member.email()).contains("@village.example"));
    }

    @Test
    void organizersAndSupportersCannotManageMembers() {
        var roseMembership = membershipOf(rose);
        for (var notOwner : new VillageUser[] {daniel, rose}) {
            family.as(notOwner);
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
        family.as(maya);
        var mayaMembership = membershipOf(maya);
        assertThatThrownBy(() -> families.leave(space)).isInstanceOf(FamilyProblem.class);
        assertThatThrownBy(() -> families.changeRole(space, mayaMembership, FamilyRole.SUPPORTER))
                .isInstanceOf(FamilyProblem.class);

        families.changeRole(space, membershipOf(daniel), FamilyRole.OWNER);
        family.as(maya);
        families.leave(space);

        family.as(daniel);
        assertThat(families.members(space)).extracting(MemberSummary::displayName).containsExactlyInAnyOrder("Daniel", "Rose");
    }

    @Test
    void aRemovedMemberIsRefusedOnHerVeryNextCall() {
        family.as(rose);
        assertThat(families.space(space).name()).isEqualTo("The Rivera family");

        var roseMembership = membershipOf(rose);
        family.as(maya);
        families.removeMember(space, roseMembership);

        family.as(rose);
        assertThatThrownBy(() -> families.space(space)).isInstanceOf(NotAMemberException.class)
                .hasMessageNotContaining("Rivera");
        assertThat(families.mySpaces()).isEmpty();
    }

    @Test
    void everyMembershipChangeIsInTheOwnersAuditLog() {
        var roseMembership = membershipOf(rose);
        family.as(maya);
        families.changeRole(space, roseMembership, FamilyRole.VIEWER);
        families.removeMember(space, roseMembership);
        family.as(daniel);
        families.leave(space);

        family.as(maya);
        assertThat(families.activity(space)).extracting(ActivityEntry::action)
                .contains("CREATED_SPACE", "INVITED", "JOINED", "ROLE_CHANGED", "REMOVED", "LEFT");
    }

    @Test
    void badSpaceSettingsAreRefusedAndStoreNothing() {
        var stranger = family.stranger("Lucia");
        family.as(stranger);
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
        family.as(maya);
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
        family.as(maya);
        assertThatThrownBy(() -> families.deleteSpace(space, "the wrong name")).isInstanceOf(FamilyProblem.class);
        families.deleteSpace(space, "the rivera family ");

        assertThat(families.mySpaces()).isEmpty();
        family.as(rose);
        assertThat(families.mySpaces()).isEmpty();
    }

    @Test
    void theOnlyOwnerCannotDeleteHerAccountWhileOthersDependOnTheSpace() {
        family.as(maya);
        assertThatThrownBy(() -> accounts.deleteMyAccount(FamilyTestData.PASSWORD))
                .isInstanceOf(AccountProblem.class)
                .hasMessageContaining("only owner");
        assertThat(families.mySpaces()).hasSize(1);
    }

    @Test
    void aSupporterWhoDeletesHerAccountLeavesTheCircle() {
        family.as(rose);
        accounts.deleteMyAccount(FamilyTestData.PASSWORD);

        family.as(maya);
        assertThat(families.members(space)).extracting(MemberSummary::displayName).containsExactlyInAnyOrder("Maya", "Daniel");
    }

    @Test
    void theLastUsedSpaceOpensByDefault() {
        var second = family.spaceOf(rose, "Rose's own space");
        family.as(rose);
        clock.advance(java.time.Duration.ofMinutes(1));
        families.openSpace(space);
        assertThat(families.lastUsedSpace()).contains(space);
        clock.advance(java.time.Duration.ofMinutes(1));
        families.openSpace(second);
        assertThat(families.lastUsedSpace()).contains(second);
    }
}
