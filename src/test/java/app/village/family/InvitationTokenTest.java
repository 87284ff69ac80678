package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.base.SecretTokens;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class InvitationTokenTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired InvitationSettings settings;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    VillageUser maya;
    VillageUser rose;
    SpaceId space;
    String client;

    @BeforeEach
    void aFamilyWithAnInvitation() {
        maya = family.mother();
        rose = family.stranger("Rose");
        space = family.space();
        client = "client-" + UUID.randomUUID();
    }

    IssuedInvitation inviteRose() {
        family.as(maya);
        return invitations.invite(space, new InvitationForm("Rose", "grandmother", FamilyRole.SUPPORTER, null, ""));
    }

    @Test
    void tokensCarry256RandomBitsInAUrlSafeForm() {
        var token = FamilyTestData.tokenOf(inviteRose().link());

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(FamilyTestData.tokenOf(inviteRose().link())).isNotEqualTo(token);
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        var token = FamilyTestData.tokenOf(inviteRose().link());

        var stored = jdbc.queryForList("select token_hash from invitation", String.class);
        assertThat(stored).contains(SecretTokens.hash(token)).doesNotContain(token);
        assertThat(jdbc.queryForObject("select count(*) from invitation where token_hash like ?", Integer.class,
                "%" + token.substring(0, 12) + "%")).isZero();
    }

    @Test
    void theLinkIsBuiltFromTheConfiguredAddress() {
        assertThat(inviteRose().link()).startsWith(settings.publicUrl().replaceAll("/$", "") + "/invitation/");
    }

    @Test
    void aLinkWorksOnceOnly() {
        var token = FamilyTestData.tokenOf(inviteRose().link());
        family.as(rose);
        assertThat(invitations.accept(token, client)).isEqualTo(space);

        var lucia = family.stranger("Lucia");
        family.as(lucia);
        assertThatThrownBy(() -> invitations.accept(token, client))
                .isInstanceOf(InvitationProblem.class).hasMessage(InvitationProblem.UNUSABLE);
        assertThat(families.mySpaces()).isEmpty();
    }

    @Test
    void aLinkExpiresAfterTheConfiguredTime() {
        var token = FamilyTestData.tokenOf(inviteRose().link());
        assertThat(settings.validFor()).isEqualTo(Duration.ofDays(7));

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(invitations.preview(token, client)).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(invitations.preview(token, client)).isEmpty();
        family.as(rose);
        assertThatThrownBy(() -> invitations.accept(token, client)).hasMessage(InvitationProblem.UNUSABLE);

        family.as(maya);
        assertThat(invitations.invitations(space)).extracting(InvitationSummary::status).containsExactly(InvitationStatus.EXPIRED);
    }

    @Test
    void revokedExpiredUsedAndUnknownLinksAllGetTheSameMessage() {
        var revoked = inviteRose();
        invitations.revoke(space, revoked.invitationId());
        var expired = FamilyTestData.tokenOf(inviteRose().link());
        var used = FamilyTestData.tokenOf(inviteRose().link());
        family.as(rose);
        invitations.accept(used, client);
        var unknown = SecretTokens.newToken();

        // Revoked, used and unknown links are refused while still within their seven days...
        for (var token : new String[] {FamilyTestData.tokenOf(revoked.link()), used, unknown, "not-even-a-token"}) {
            assertRefusedWithTheOneMessage(token);
        }
        assertThat(invitations.preview(expired, client)).isPresent();
        // ...and an unused one once its time is over, with the same words.
        clock.advance(Duration.ofDays(8));
        assertRefusedWithTheOneMessage(expired);
    }

    void assertRefusedWithTheOneMessage(String token) {
        assertThat(invitations.preview(token, client)).as(token).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, client)).as(token)
                .isInstanceOf(InvitationProblem.class).hasMessage(InvitationProblem.UNUSABLE);
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        var first = inviteRose();
        clock.advance(Duration.ofDays(8));
        family.as(maya);
        var second = invitations.reissue(space, first.invitationId());

        assertThat(invitations.preview(FamilyTestData.tokenOf(first.link()), client)).isEmpty();
        assertThat(invitations.preview(FamilyTestData.tokenOf(second.link()), client)).isPresent();
    }

    @Test
    void workingLinksNeverCountAgainstTheLimitSoAHouseholdOnOneAddressGetsIn() {
        var first = FamilyTestData.tokenOf(inviteRose().link());
        var second = FamilyTestData.tokenOf(inviteRose().link());
        family.signOut();

        for (int i = 0; i <= settings.attemptsPerWindow(); i++) {
            assertThat(invitations.preview(i % 2 == 0 ? first : second, client)).isPresent();
        }
        family.as(rose);
        assertThat(invitations.accept(first, client)).isEqualTo(space);
    }

    @Test
    void failedLookUpsAreStillLimitedAfterWorkingOnes() {
        var token = FamilyTestData.tokenOf(inviteRose().link());
        for (int i = 0; i < settings.attemptsPerWindow(); i++) {
            assertThat(invitations.preview(token, client)).isPresent();
            assertThat(invitations.preview(SecretTokens.newToken(), client)).isEmpty();
        }

        assertThatThrownBy(() -> invitations.preview(SecretTokens.newToken(), client))
                .hasMessage(InvitationProblem.TOO_MANY_TRIES);
    }

    @Test
    void tokenAttemptsAreRateLimitedPerClient() {
        for (int i = 0; i < settings.attemptsPerWindow(); i++) {
            assertThat(invitations.preview(SecretTokens.newToken(), client)).isEmpty();
        }
        var token = FamilyTestData.tokenOf(inviteRose().link());
        assertThatThrownBy(() -> invitations.preview(token, client)).hasMessage(InvitationProblem.TOO_MANY_TRIES);
        assertThat(invitations.preview(token, "another-client")).isPresent();

        clock.advance(settings.attemptWindow().plusSeconds(1));
        assertThat(invitations.preview(token, client)).isPresent();
    }

    @Test
    void thePreviewShowsWhoInvitedHerToWhichFamily() {
        var token = FamilyTestData.tokenOf(inviteRose().link());
        family.signOut();

        var preview = invitations.preview(token, client).orElseThrow();
        assertThat(preview.spaceName()).isEqualTo("The Rivera family");
        assertThat(preview.invitedByName()).isEqualTo("Maya");
        assertThat(preview.role()).isEqualTo(FamilyRole.SUPPORTER);
    }

    @Test
    void anEmailedInvitationIsRecordedForDeliveryAndRefusedForAnExistingMember() {
        var email = "rose-" + UUID.randomUUID() + "@village.example";
        family.as(maya);
        var issued = invitations.invite(space, new InvitationForm("Rose", "", FamilyRole.SUPPORTER, email, "Come and help"));

        assertThat(jdbc.queryForObject("select count(*) from outgoing_email where to_address = ?", Integer.class, email))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select template_values from outgoing_email where to_address = ?", String.class,
                email)).contains("Come and help").doesNotContain(FamilyTestData.tokenOf(issued.link()));
        assertThat(jdbc.queryForObject("select secret_subject from outgoing_email where to_address = ?", UUID.class,
                email)).isEqualTo(issued.invitationId());

        var mayasEmail = accounts.namesOf(java.util.List.of(maya.accountId())).get(maya.accountId()).email();
        assertThatThrownBy(() -> invitations.invite(space,
                new InvitationForm("Maya again", "", FamilyRole.VIEWER, mayasEmail.toUpperCase(), "")))
                .isInstanceOf(FamilyProblem.class)
                .satisfies(e -> assertThat(((FamilyProblem) e).field()).isEqualTo(FamilyProblem.Field.EMAIL));
    }
}
