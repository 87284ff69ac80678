package app.village.shift;

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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many taps at the same moment: the database, not luck, keeps the places and the one-booking-at-a-time rule. */
@IntegrationTest
class SignUpConcurrencyTest {

    static final int HELPERS = 50;
    static final int PLACES = 3;

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired ShiftService shifts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** Runs every call at once, each on its own thread signed in as its person; returns "mine" or the refusal. */
    static List<String> allAtOnce(List<VillageUser> people, Runnable[] calls) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(calls.length);
        var answers = new ArrayList<Future<String>>();
        for (int i = 0; i < calls.length; i++) {
            var person = people.get(i);
            var call = calls[i];
            Callable<String> tap = () -> {
                SignedIn.as(person.accountId(), person.displayName());
                start.await();
                try {
                    call.run();
                    return "mine";
                } catch (ShiftProblem refused) {
                    return refused.getMessage();
                } catch (RuntimeException failed) {
                    return "failed: " + failed;
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
        return results;
    }

    @Test
    void fiftyPeopleTappingAtOnceFillThreePlacesAndHearClearlyThatItIsCovered() throws Exception {
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
        var day = LocalDate.now().plusDays(3);
        var shift = shifts.create(space,
                new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(22, 0), null, LocalTime.of(6, 0), PLACES, ""));

        var calls = new Runnable[HELPERS];
        for (int i = 0; i < HELPERS; i++) {
            calls[i] = () -> shifts.signUp(space, shift);
        }
        var results = allAtOnce(helpers, calls);

        assertThat(results).filteredOn("mine"::equals).hasSize(PLACES);
        assertThat(results).filteredOn("This shift is already covered. Thank you all the same!"::equals)
                .hasSize(HELPERS - PLACES);
        var winners = new ArrayList<UUID>();
        var names = new ArrayList<String>();
        for (int i = 0; i < HELPERS; i++) {
            if (results.get(i).equals("mine")) {
                winners.add(helpers.get(i).accountId());
                names.add(helpers.get(i).displayName());
            }
        }
        assertThat(jdbc.queryForObject("select taken from care_shift where id = ?", Integer.class, shift.value()))
                .isEqualTo(PLACES);
        assertThat(jdbc.queryForList("select account_id from shift_signup where shift_id = ?", UUID.class, shift.value()))
                .containsExactlyInAnyOrderElementsOf(winners);
        SignedIn.as(maya.accountId(), "Maya");
        var summary = shifts.shift(space, shift).shift();
        assertThat(summary.taken()).isEqualTo(PLACES);
        assertThat(summary.helpers()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void onePersonTappingTenOverlappingShiftsAtOnceGetsExactlyOne() throws Exception {
        var data = new FamilyTestData(accounts, families, invitations);
        var maya = data.person("Maya");
        var space = data.spaceOf(maya, "A busy family");
        var rose = data.person("Rose");
        data.join(maya, space, rose, FamilyRole.SUPPORTER);
        SignedIn.as(maya.accountId(), "Maya");
        var day = LocalDate.now().plusDays(3);
        var calls = new Runnable[10];
        var ids = new ArrayList<ShiftId>();
        for (int i = 0; i < calls.length; i++) {
            var id = shifts.create(space, new ShiftForm(ShiftKind.DAY_HELP, day, LocalTime.of(9, 0).plusMinutes(i),
                    null, LocalTime.of(12, 0), 1, ""));
            ids.add(id);
            calls[i] = () -> shifts.signUp(space, id);
        }

        var results = allAtOnce(Collections.nCopies(calls.length, rose), calls);

        assertThat(results).filteredOn("mine"::equals).hasSize(1);
        assertThat(results).filteredOn("You already have a shift at that time."::equals).hasSize(calls.length - 1);
        assertThat(jdbc.queryForObject("select count(*) from shift_signup where account_id = ?", Integer.class,
                rose.accountId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select sum(taken) from care_shift where space_id = ?", Integer.class, space.value()))
                .isEqualTo(1);
    }

    @Test
    void tenTapsOnSignUpAtOnceBookHerOnceAndTellNobodyOfAClash() throws Exception {
        var data = new FamilyTestData(accounts, families, invitations);
        var maya = data.person("Maya");
        var space = data.spaceOf(maya, "An eager family");
        var rose = data.person("Rose");
        data.join(maya, space, rose, FamilyRole.SUPPORTER);
        SignedIn.as(maya.accountId(), "Maya");
        var day = LocalDate.now().plusDays(3);
        var shift = shifts.create(space,
                new ShiftForm(ShiftKind.DAY_HELP, day, LocalTime.of(9, 0), null, LocalTime.of(12, 0), 2, ""));

        var calls = new Runnable[10];
        Arrays.fill(calls, (Runnable) () -> shifts.signUp(space, shift));
        var results = allAtOnce(Collections.nCopies(calls.length, rose), calls);

        // Tapping again changes nothing, at once or one after the other: she is on the shift, once.
        assertThat(results).containsOnly("mine");
        assertThat(jdbc.queryForObject("select taken from care_shift where id = ?", Integer.class, shift.value()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select account_id from shift_signup where shift_id = ?", UUID.class, shift.value()))
                .containsExactly(rose.accountId());
    }

    @Test
    void tenTapsOnWithdrawAtOnceGiveBackOnlyHerOwnPlaceAndTellTheRestClearly() throws Exception {
        var data = new FamilyTestData(accounts, families, invitations);
        var maya = data.person("Maya");
        var space = data.spaceOf(maya, "A careful family");
        var rose = data.person("Rose");
        var leo = data.person("Leo");
        data.join(maya, space, rose, FamilyRole.SUPPORTER);
        data.join(maya, space, leo, FamilyRole.SUPPORTER);
        SignedIn.as(maya.accountId(), "Maya");
        var day = LocalDate.now().plusDays(3);
        var shift = shifts.create(space,
                new ShiftForm(ShiftKind.DAY_HELP, day, LocalTime.of(9, 0), null, LocalTime.of(12, 0), 2, ""));
        SignedIn.as(rose.accountId(), "Rose");
        shifts.signUp(space, shift);
        SignedIn.as(leo.accountId(), "Leo");
        shifts.signUp(space, shift);

        var calls = new Runnable[10];
        Arrays.fill(calls, (Runnable) () -> shifts.withdraw(space, shift));
        var results = allAtOnce(Collections.nCopies(calls.length, rose), calls);

        assertThat(results).filteredOn("mine"::equals).hasSize(1);
        assertThat(results).filteredOn("You're not signed up for this shift."::equals).hasSize(calls.length - 1);
        // Leo keeps his place and only Rose's is free again.
        assertThat(jdbc.queryForObject("select taken from care_shift where id = ?", Integer.class, shift.value()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select account_id from shift_signup where shift_id = ?", UUID.class, shift.value()))
                .containsExactly(leo.accountId());
    }
}
