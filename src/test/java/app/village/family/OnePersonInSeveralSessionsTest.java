package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.caretask.CareTaskReadService;
import app.village.security.VillageUser;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SeveralSessions;
import app.village.testsupport.SignedIn;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One person signed in on several devices and tabs at once, each opening family pages: none of them may end
 * on "Something went wrong". Opening a space records her visit; two sessions doing it at the same moment
 * used to collide on her membership row's version.
 */
@IntegrationTest
class OnePersonInSeveralSessionsTest {

    static final int SESSIONS = 8;
    static final int ROUNDS = 40;

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskReadService taskReads;
    @Autowired ShiftService shifts;
    @Autowired RestService restService;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    VillageUser maya;
    VillageUser daniel;
    UUID riveras;
    UUID friends;

    @BeforeEach
    void herTwoSpaces() {
        var data = new FamilyTestData(accounts, families, invitations);
        maya = data.person("Maya");
        daniel = data.person("Daniel");
        riveras = data.spaceOf(maya, "The Rivera family");
        friends = data.spaceOf(daniel, "Friends of the Riveras");
        data.join(maya, riveras, daniel, FamilyRole.ORGANIZER);
        data.join(daniel, friends, maya, FamilyRole.SUPPORTER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void herSessionsOpeningFamilyPagesAtOnceAllGetTheirPages() throws Exception {
        var failures = SeveralSessions.atOnce(SESSIONS, maya, session -> {
            for (int round = 0; round < ROUNDS; round++) {
                // What her family home, Today and rest pages ask for, in one space and then the other.
                var space = (session + round) % 2 == 0 ? riveras : friends;
                // Time passes between her clicks, as it does for a real person (the test clock stands still).
                clock.advance(Duration.ofMillis(1));
                assertThat(families.openSpace(space).id()).isEqualTo(space);
                families.members(space);
                taskReads.today(space);
                restService.restThisWeek(space);
                families.mySpaces();
                families.lastUsedSpace();
            }
        });

        assertThat(failures).isEmpty();
    }

    @Test
    void theSpaceSheOpenedLastIsTheOneHerNextVisitStartsIn() {
        SignedIn.as(maya.accountId(), maya.displayName());
        families.openSpace(riveras);
        clock.advance(Duration.ofSeconds(1));
        families.openSpace(friends);
        assertThat(families.lastUsedSpace()).contains(friends);

        clock.advance(Duration.ofSeconds(1));
        families.openSpace(riveras);
        assertThat(families.lastUsedSpace()).contains(riveras);
    }

    @Test
    void herVisitsDoNotStandInTheWayOfTheOwnerChangingHerRole() throws Exception {
        // The owner's change of her role must not collide with her own sessions recording visits at the same time.
        var failures = SeveralSessions.atOnce(SESSIONS, maya, session -> {
            for (int round = 0; round < ROUNDS; round++) {
                if (session == 0) {
                    SignedIn.as(daniel.accountId(), daniel.displayName());
                    var mayasMembership = families.members(friends).stream()
                            .filter(m -> m.accountId().equals(maya.accountId())).findFirst().orElseThrow();
                    families.changeRole(friends, mayasMembership.membershipId(),
                            round % 2 == 0 ? FamilyRole.ORGANIZER : FamilyRole.SUPPORTER);
                } else {
                    clock.advance(Duration.ofMillis(1));
                    families.openSpace(friends);
                }
            }
        });

        assertThat(failures).isEmpty();
    }

    @Test
    void anOwnerChangingHerRoleWhileSheOpensAPageKeepsHerLatestVisit() throws Exception {
        SignedIn.as(maya.accountId(), "Maya");
        var danielsMembership = families.members(riveras).stream()
                .filter(member -> member.accountId().equals(daniel.accountId())).findFirst().orElseThrow()
                .membershipId();
        var phone = Executors.newSingleThreadExecutor();
        try {
            var visit = new TransactionTemplate(transactions).execute(status -> {
                // Maya's change has read Daniel's membership when his phone opens the space and commits first.
                families.changeRole(riveras, danielsMembership, FamilyRole.SUPPORTER);
                clock.advance(Duration.ofMinutes(5));
                var visitedAt = clock.instant();
                var opened = phone.submit(() -> {
                    SignedIn.as(daniel.accountId(), "Daniel");
                    try {
                        families.openSpace(riveras);
                    } finally {
                        SignedIn.nobody();
                    }
                });
                try {
                    opened.get(30, TimeUnit.SECONDS);
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
                return visitedAt;
            });

            var lastVisit = jdbc.queryForObject("select last_visited_at from membership where id = ?",
                    OffsetDateTime.class, danielsMembership);
            assertThat(lastVisit.toInstant()).isEqualTo(visit);
            assertThat(jdbc.queryForObject("select role from membership where id = ?", String.class,
                    danielsMembership)).isEqualTo(FamilyRole.SUPPORTER.name());
        } finally {
            phone.shutdownNow();
        }
    }
}
