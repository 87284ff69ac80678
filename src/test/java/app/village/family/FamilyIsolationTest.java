package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.IsolationHarness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A member of family A reaches nothing of family B: every public method of the family services, called
 * with family B's ids, is refused or returns nothing, and no refusal carries family B's names.
 * A new public method, or a new service in the package, fails {@link #everyPublicMethodIsCovered} until it
 * is added here.
 */
@IntegrationTest
class FamilyIsolationTest {

    @RegisterExtension final FamilyFixture theirs =
            new FamilyFixture().named("The Hidden family").motherNamed("Maya Secretname");
    @RegisterExtension final FamilyFixture ours = new FamilyFixture().named("Anna's family").motherNamed("Anna");

    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired SpaceAccess spaceAccess;
    @Autowired QuietWeek quietWeek;

    VillageUser anna;
    SpaceId familyA;
    VillageUser maya;
    SpaceId familyB;
    UUID memberOfB;
    UUID invitationOfB;
    String tokenOfB;

    @BeforeEach
    void twoFamilies() {
        maya = theirs.mother();
        familyB = theirs.space();
        var rose = theirs.person("Rose Secretname", FamilyRole.SUPPORTER);
        theirs.as(maya);
        var issued = invitations.invite(familyB, new InvitationForm("Lucia Secretname", "", FamilyRole.VIEWER, null, ""));
        invitationOfB = issued.invitationId();
        tokenOfB = FamilyTestData.tokenOf(issued.link());
        memberOfB = families.members(familyB).stream().filter(m -> m.accountId().equals(rose.accountId()))
                .findFirst().orElseThrow().membershipId();

        anna = ours.mother();
        familyA = ours.space();
        ours.as(anna);
    }

    /** Each public method of the family services, called by Anna with family B's ids. */
    Map<String, Runnable> callsWithFamilyBsIds() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("FamilyService.openSpace", () -> families.openSpace(familyB));
        calls.put("FamilyService.space", () -> families.space(familyB));
        calls.put("FamilyService.updateSpace", () -> families.updateSpace(familyB, SpaceForm.named("Taken over", "UTC")));
        calls.put("FamilyService.deleteSpace", () -> families.deleteSpace(familyB, "The Hidden family"));
        calls.put("FamilyService.members", () -> families.members(familyB));
        calls.put("FamilyService.changeRole", () -> families.changeRole(familyB, memberOfB, FamilyRole.OWNER));
        calls.put("FamilyService.removeMember", () -> families.removeMember(familyB, memberOfB));
        calls.put("FamilyService.leave", () -> families.leave(familyB));
        calls.put("FamilyService.activity", () -> families.activity(familyB));
        // Family B's member and invitation ids used inside Anna's own family:
        calls.put("FamilyService.changeRole(in A)", () -> families.changeRole(familyA, memberOfB, FamilyRole.VIEWER));
        calls.put("FamilyService.removeMember(in A)", () -> families.removeMember(familyA, memberOfB));
        calls.put("InvitationService.invite", () -> invitations.invite(familyB,
                new InvitationForm("Intruder", "", FamilyRole.OWNER, null, "")));
        calls.put("InvitationService.invitations", () -> invitations.invitations(familyB));
        calls.put("InvitationService.revoke", () -> invitations.revoke(familyB, invitationOfB));
        calls.put("InvitationService.reissue", () -> invitations.reissue(familyB, invitationOfB));
        calls.put("InvitationService.revoke(in A)", () -> invitations.revoke(familyA, invitationOfB));
        calls.put("InvitationService.reissue(in A)", () -> invitations.reissue(familyA, invitationOfB));
        calls.put("SpaceAccess.requireMember", () -> spaceAccess.requireMember(familyB));
        calls.put("SpaceAccess.require", () -> spaceAccess.require(familyB, FamilyPermission.VIEW_SPACE));
        calls.put("QuietWeek.askedForNothing", () -> quietWeek.askedForNothing(familyB));
        return calls;
    }

    @Test
    void everyCallWithAnotherFamilysIdsIsRefusedWithoutNamingAnyone() {
        IsolationHarness.assertEachRefused(callsWithFamilyBsIds(), "%s", (name, refused) -> refused
                .isInstanceOfAny(AccessDeniedException.class, FamilyProblem.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                        .doesNotContain("Hidden").doesNotContain("Secretname")));

        theirs.as(maya);
        assertThat(families.space(familyB).name()).isEqualTo("The Hidden family");
        assertThat(families.members(familyB)).hasSize(2);
        assertThat(invitations.invitations(familyB)).filteredOn(i -> i.id().equals(invitationOfB))
                .extracting(InvitationSummary::status).containsExactly(InvitationStatus.PENDING);
        assertThat(families.activity(familyB)).extracting(ActivityEntry::action).doesNotContain("REMOVED", "ROLE_CHANGED");
    }

    @Test
    void listsThatAreNotScopedByAnIdShowOnlyHerOwnFamilies() {
        assertThat(families.mySpaces()).extracting(SpaceSummary::name).containsExactly("Anna's family");
        assertThat(families.lastUsedSpace()).contains(familyA);
    }

    /** The classes whose public methods this test calls; a new {@code @Service} of the package must join. */
    static final IsolationHarness ISOLATION = IsolationHarness
            .of(List.of(FamilyService.class, InvitationService.class, SpaceAccess.class, QuietWeek.class))
            // Scoped by the signed-in person or by the link's token:
            .testedElsewhere("FamilyService.createSpace", "FamilyService.mySpaces", "FamilyService.lastUsedSpace",
                    "InvitationService.preview", "InvitationService.accept", "InvitationService.decline");

    @Test
    void everyPublicMethodIsCovered() {
        ISOLATION.assertEveryServiceOfThePackageIsListed();
        ISOLATION.assertEveryMethodIsCalled(callsWithFamilyBsIds(), "with family B's ids");
    }
}
