package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A member of family A reaches nothing of family B: every public method of the family services, called
 * with family B's ids, is refused or returns nothing, and no refusal carries family B's names.
 * A new public method fails {@link #everyPublicMethodIsCovered} until it is added here.
 */
@IntegrationTest
class FamilyIsolationTest {

    @Autowired AccountService accounts;
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
        var data = new FamilyTestData(accounts, families, invitations);
        maya = data.person("Maya Secretname");
        familyB = data.spaceOf(maya, "The Hidden family");
        var rose = data.person("Rose Secretname");
        data.join(maya, familyB, rose, FamilyRole.SUPPORTER);
        SignedIn.as(maya.accountId(), maya.displayName());
        var issued = invitations.invite(familyB, new InvitationForm("Lucia Secretname", "", FamilyRole.VIEWER, null, ""));
        invitationOfB = issued.invitationId();
        tokenOfB = FamilyTestData.tokenOf(issued.link());
        memberOfB = families.members(familyB).stream().filter(m -> m.accountId().equals(rose.accountId()))
                .findFirst().orElseThrow().membershipId();

        anna = data.person("Anna");
        familyA = data.spaceOf(anna, "Anna's family");
        SignedIn.as(anna.accountId(), anna.displayName());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
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
        callsWithFamilyBsIds().forEach((name, call) -> assertThatThrownBy(call::run)
                .as(name)
                .isInstanceOfAny(AccessDeniedException.class, FamilyProblem.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                        .doesNotContain("Hidden").doesNotContain("Secretname")));

        SignedIn.as(maya.accountId(), maya.displayName());
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

    @Test
    void everyPublicMethodIsCovered() {
        Set<String> covered = callsWithFamilyBsIds().keySet().stream()
                .map(name -> name.replaceAll("\\(.*\\)", "")).collect(Collectors.toSet());
        // Methods scoped by the signed-in person or by the link's token, tested elsewhere:
        covered.addAll(Set.of("FamilyService.createSpace", "FamilyService.mySpaces", "FamilyService.lastUsedSpace",
                "InvitationService.preview", "InvitationService.accept", "InvitationService.decline"));
        var services = new Class<?>[] {FamilyService.class, InvitationService.class, SpaceAccess.class, QuietWeek.class};
        for (var service : services) {
            Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .map(Method::getName)
                    .forEach(method -> assertThat(covered).as("isolation test covers %s.%s", service.getSimpleName(), method)
                            .contains(service.getSimpleName() + "." + method));
        }
    }
}
