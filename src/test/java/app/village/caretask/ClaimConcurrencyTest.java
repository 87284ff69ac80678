package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationService;
import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.SignedIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ClaimConcurrencyTest {

    static final int HELPERS = 50;

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void fiftyPeopleTappingAtOnceLeaveExactlyOneAssigneeAndFortyNineClearAnswers() throws Exception {
        var data = new FamilyTestData(accounts, families, invitations);
        var maya = data.person("Maya");
        var space = data.spaceOf(maya, "A big family");
        var helpers = new ArrayList<VillageUser>();
        for (int i = 0; i < HELPERS; i++) {
            var helper = data.person("Helper " + i);
            data.join(maya, space, helper, FamilyRole.SUPPORTER);
            helpers.add(helper);
        }
        SignedIn.as(maya.accountId(), "Maya");
        var task = taskWrites.create(space, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", LocalDate.now(), 60));

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(HELPERS);
        var answers = new ArrayList<Future<String>>();
        for (var helper : helpers) {
            Callable<String> tap = () -> {
                SignedIn.as(helper.accountId(), helper.displayName());
                start.await();
                try {
                    taskWrites.claim(space, task);
                    return "mine";
                } catch (AlreadyTakenException taken) {
                    return "taken by " + taken.takenBy();
                } finally {
                    SignedIn.nobody();
                }
            };
            answers.add(pool.submit(tap));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        var results = new ArrayList<String>();
        for (var answer : answers) {
            results.add(answer.get());
        }
        assertThat(results).filteredOn("mine"::equals).hasSize(1);
        var winner = helpers.get(results.indexOf("mine")).displayName();
        assertThat(results).filteredOn(("taken by " + winner)::equals).hasSize(HELPERS - 1);

        SignedIn.as(maya.accountId(), "Maya");
        assertThat(taskReads.tasks(space)).singleElement()
                .satisfies(t -> assertThat(t.assigneeName()).isEqualTo(winner));
    }
}
