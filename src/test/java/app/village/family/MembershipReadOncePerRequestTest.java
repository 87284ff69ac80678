package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.base.RequestMemo;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sections of one page share one read of her membership, and no more than that: the next request reads
 * it again, so a member removed between two clicks is refused on the second.
 */
@IntegrationTest
class MembershipReadOncePerRequestTest {

    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired SpaceAccess access;
    @Autowired RequestMemo memo;

    @AfterEach
    void endRequest() {
        memo.end();
    }

    @Test
    void aMemberRemovedBetweenTwoRequestsIsRefusedOnTheSecond() {
        var data = new FamilyTestData(accounts, families, invitations);
        var maya = data.person("Maya");
        var rose = data.person("Rose");
        var space = data.spaceOf(maya, "The Rivera family");
        data.join(maya, space, rose, FamilyRole.SUPPORTER);

        memo.begin();
        assertThat(access.requireMember(space).role()).isEqualTo(FamilyRole.SUPPORTER);
        assertThat(families.members(space)).hasSize(2);
        memo.end();

        SignedIn.as(maya.accountId(), maya.displayName());
        var roseMembership = families.members(space).stream().filter(m -> m.accountId().equals(rose.accountId()))
                .findFirst().orElseThrow().membershipId();
        families.removeMember(space, roseMembership);

        SignedIn.as(rose.accountId(), rose.displayName());
        memo.begin();
        assertThatThrownBy(() -> access.requireMember(space)).isInstanceOf(NotAMemberException.class);
        assertThatThrownBy(() -> families.members(space)).isInstanceOf(NotAMemberException.class);
        assertThat(families.mySpaces()).isEmpty();
    }

    @Test
    void aRoleChangedEarlierInTheSameRequestIsSeenByTheRestOfIt() {
        var data = new FamilyTestData(accounts, families, invitations);
        var maya = data.person("Maya");
        var rose = data.person("Rose");
        var space = data.spaceOf(maya, "The Rivera family");
        data.join(maya, space, rose, FamilyRole.SUPPORTER);
        SignedIn.as(maya.accountId(), maya.displayName());

        memo.begin();
        var roseMembership = families.members(space).stream().filter(m -> m.accountId().equals(rose.accountId()))
                .findFirst().orElseThrow().membershipId();
        families.changeRole(space, roseMembership, FamilyRole.ORGANIZER);

        assertThat(families.members(space)).filteredOn(m -> m.accountId().equals(rose.accountId()))
                .extracting(MemberSummary::role).containsExactly(FamilyRole.ORGANIZER);
    }

    @Test
    void outsideARequestNothingIsRemembered() {
        memo.begin();
        memo.note("key", "value");
        assertThat(memo.<String>recall("key")).isEqualTo("value");
        memo.end();

        assertThat(memo.<String>recall("key")).isNull();
        assertThat(memo.remember("key", () -> "read afresh")).isEqualTo("read afresh");
        assertThat(memo.<String>recall("key")).isNull();
    }
}
