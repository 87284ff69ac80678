package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class InvitationConcurrencyTest {

    static final int PEOPLE = 8;

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void ofManySimultaneousAcceptsOfOneLinkExactlyOneJoins() throws Exception {
        var data = new FamilyTestData(accounts, families, invitations);
        var maya = data.person("Maya");
        var space = data.spaceOf(maya, "The Rivera family");
        var token = FamilyTestData.tokenOf(invitations.invite(space,
                new InvitationForm("Rose", "", FamilyRole.SUPPORTER, null, "")).link());
        var people = new ArrayList<VillageUser>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(data.person("Person " + i));
        }

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(PEOPLE);
        var results = new ArrayList<java.util.concurrent.Future<String>>();
        for (var person : people) {
            Callable<String> accept = () -> {
                SignedIn.as(person.accountId(), person.displayName());
                start.await();
                try {
                    invitations.accept(token, "client-" + UUID.randomUUID());
                    return "joined";
                } catch (InvitationProblem refused) {
                    return refused.getMessage();
                } finally {
                    SignedIn.nobody();
                }
            };
            results.add(pool.submit(accept));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        var outcomes = new ArrayList<String>();
        for (var result : results) {
            outcomes.add(result.get());
        }
        assertThat(outcomes).filteredOn("joined"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(InvitationProblem.UNUSABLE::equals).hasSize(PEOPLE - 1);
        assertThat(jdbc.queryForObject("select count(*) from membership where space_id = ?", Integer.class, space.value()))
                .isEqualTo(2);
    }
}
