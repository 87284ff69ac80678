package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountProblem;
import app.village.account.AccountService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskId;
import app.village.caretask.TaskStatus;
import app.village.caretask.TaskSummary;
import app.village.security.VillageUser;
import app.village.shift.RespiteOfferForm;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftProblem;
import app.village.shift.BreakService;
import app.village.shift.ShiftService;
import app.village.shift.ShiftSummary;
import app.village.testsupport.AfterCommitWork;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SignedIn;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whichever way Rose's membership ends (she leaves, the owner removes her, she deletes her account), the tasks
 * she had taken on and not finished go back up, her places on shifts that have not started are freed for
 * someone else, and the work already done or under way keeps her for the record.
 */
@IntegrationTest
class LeavingReleasesWhatSheHeldTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    LocalDate day;
    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    SpaceId space;

    @BeforeEach
    void roseHelpsTheRiveras() {
        day = LocalDate.now(HELSINKI).plusDays(10);
        clock.set(at(day, 12));
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        space = family.space();
    }

    static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), HELSINKI).toInstant();
    }

    static ShiftForm shift(ShiftKind kind, LocalDate day, int startHour, int endHour) {
        return new ShiftForm(kind, day, LocalTime.of(startHour, 0), null, LocalTime.of(endHour, 0), 1, "");
    }

    /** Ends her membership and waits for what follows its commit: the releases of what she held. */
    void end(MemberLeft.Why how) {
        endWithoutWaiting(how);
        AfterCommitWork.awaitDone(jdbc);
    }

    void endWithoutWaiting(MemberLeft.Why how) {
        switch (how) {
            case LEFT -> {
                family.as(rose);
                families.leave(space);
            }
            case REMOVED -> {
                family.as(maya);
                var membership = families.members(space).stream()
                        .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
                families.removeMember(space, membership.membershipId());
            }
            case ACCOUNT_DELETED -> {
                family.as(rose);
                accounts.deleteMyAccount(FamilyTestData.PASSWORD);
            }
        }
    }

    ShiftSummary shiftAsMaya(ShiftId shiftId) {
        family.as(maya);
        return shifts.shift(space, shiftId).shift();
    }

    TaskSummary taskAsMaya(TaskId taskId) {
        family.as(maya);
        return taskReads.task(space, taskId).task();
    }

    @ParameterizedTest
    @EnumSource(MemberLeft.Why.class)
    void herComingShiftPlacesAreFreedAndTheOnesThatStartedKeepHer(MemberLeft.Why how) {
        family.as(maya);
        var lastNight = shifts.create(space, shift(ShiftKind.NIGHT, day, 22, 6));
        var thisMorning = shifts.create(space, shift(ShiftKind.DAY_HELP, day.plusDays(1), 11, 14));
        var comingNight = shifts.create(space, shift(ShiftKind.NIGHT, day.plusDays(3), 22, 6));
        family.as(rose);
        List.of(lastNight, thisMorning, comingNight).forEach(id -> shifts.signUp(space, id));
        assertThat(shiftAsMaya(comingNight).isFilled()).isTrue();

        // Noon the next day: last night is over, this morning's shift is under way, the coming night is ahead.
        clock.set(at(day.plusDays(1), 12));
        end(how);

        var freed = shiftAsMaya(comingNight);
        assertThat(freed.taken()).isZero();
        assertThat(freed.helpers()).isEmpty();
        family.as(leo);
        shifts.signUp(space, comingNight);
        assertThat(shiftAsMaya(comingNight).helpers()).containsExactly("Leo");
        assertThat(shiftAsMaya(comingNight).taken()).isEqualTo(1);

        // Her account's deletion takes her name (and her sign-up row) with it; the place stays counted as covered.
        var herName = List.of(how == MemberLeft.Why.ACCOUNT_DELETED ? "A former member" : "Rose");
        for (var started : List.of(lastNight, thisMorning)) {
            assertThat(shiftAsMaya(started).taken()).isEqualTo(1);
            assertThat(shiftAsMaya(started).helpers()).isEqualTo(herName);
        }
    }

    @ParameterizedTest
    @EnumSource(MemberLeft.Why.class)
    void herUnfinishedTasksGoBackUpAndTheDoneOnesKeepHerName(MemberLeft.Why how) {
        family.as(maya);
        var dinner = taskWrites.create(space,
                TaskForm.once("Bring dinner", TaskCategory.MEALS, "", day.plusDays(3), 60));
        var laundry = taskWrites.create(space, TaskForm.once("Fold laundry", TaskCategory.HOUSEHOLD, "", day, 30));
        family.as(rose);
        taskWrites.claim(space, dinner);
        taskWrites.claim(space, laundry);
        taskWrites.markDone(space, laundry, "Folded and put away");
        var firstWalk = taskWrites.addMyOwnTask(space, TaskForm.weekly("Walk the dog", TaskCategory.ERRANDS, "",
                day.plusDays(1), EnumSet.allOf(DayOfWeek.class), day.plusDays(5), 30));

        end(how);

        var open = taskAsMaya(dinner);
        assertThat(open.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(open.assigneeName()).isNull();
        family.as(leo);
        taskWrites.claim(space, dinner);
        assertThat(taskAsMaya(dinner).assigneeName()).isEqualTo("Leo");

        var walks = taskReads.tasks(space).stream().filter(task -> task.title().equals("Walk the dog")).toList();
        assertThat(walks).hasSize(5).extracting(TaskSummary::status).containsOnly(TaskStatus.OPEN);
        assertThat(walks).extracting(TaskSummary::id).contains(firstWalk);

        var done = taskAsMaya(laundry);
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.doneNote()).isEqualTo("Folded and put away");
        // A deleted account's name goes with it (on delete set null); leaving keeps her name on her work.
        assertThat(done.assigneeName()).isEqualTo(how == MemberLeft.Why.ACCOUNT_DELETED ? null : "Rose");
    }

    @Test
    void leavingOneSpaceLeavesWhatSheHoldsInAnotherAlone() {
        var other = family.spaceOf(leo, "The Okafor family");
        family.join(leo, other, rose, FamilyRole.SUPPORTER);
        family.as(leo);
        var otherNight = shifts.create(other, shift(ShiftKind.NIGHT, day.plusDays(3), 22, 6));
        var otherTask = taskWrites.create(other, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", day, 60));
        family.as(maya);
        var night = shifts.create(space, shift(ShiftKind.NIGHT, day.plusDays(4), 22, 6));
        family.as(rose);
        shifts.signUp(other, otherNight);
        taskWrites.claim(other, otherTask);
        shifts.signUp(space, night);

        end(MemberLeft.Why.LEFT);

        family.as(leo);
        assertThat(shifts.shift(other, otherNight).shift().helpers()).containsExactly("Rose");
        assertThat(shifts.shift(other, otherNight).shift().taken()).isEqualTo(1);
        assertThat(taskReads.task(other, otherTask).task().assigneeName()).isEqualTo("Rose");
        assertThat(shiftAsMaya(night).taken()).isZero();
    }

    @Test
    void aDeletionRefusedForTheLastOwnerReleasesNothing() {
        var own = family.spaceOf(rose, "Rose's own circle");
        family.join(rose, own, leo, FamilyRole.SUPPORTER);
        family.as(maya);
        var night = shifts.create(space, shift(ShiftKind.NIGHT, day.plusDays(3), 22, 6));
        family.as(rose);
        shifts.signUp(space, night);

        assertThatThrownBy(() -> end(MemberLeft.Why.ACCOUNT_DELETED))
                .isInstanceOf(AccountProblem.class);

        assertThat(shiftAsMaya(night).helpers()).containsExactly("Rose");
        assertThat(shiftAsMaya(night).taken()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(MemberLeft.Why.class)
    void herOffersOfABreakThatNobodyAnsweredAreWithdrawn(MemberLeft.Why how) {
        family.as(rose);
        breakService.offerRespite(space, offerOn(day.plusDays(3)));
        family.as(maya);
        assertThat(breakService.openOffers(space)).hasSize(1);

        end(how);

        family.as(maya);
        assertThat(breakService.openOffers(space)).isEmpty();
    }

    @Test
    void anOfferStillOpenFromSomeoneNoLongerInTheCircleCannotBeAccepted() {
        family.as(rose);
        var offer = breakService.offerRespite(space, offerOn(day.plusDays(3)));
        end(MemberLeft.Why.LEFT);
        // As an offer of someone who left before leaving withdrew her offers still stands.
        jdbc.update("update respite_offer set status = 'OFFERED' where id = ?", offer.value());

        family.as(maya);
        assertThatThrownBy(() -> breakService.acceptOffer(space, offer)).isInstanceOf(ShiftProblem.class).hasMessage(
                "The person who made this offer is no longer in your circle, so it can no longer be taken up.");
        assertThat(shifts.between(space, day, day.plusDays(5), false)).isEmpty();
    }

    @Test
    void aSignUpThatWaitedForHerLeavingIsRefusedAndBooksNothing() throws Exception {
        family.as(maya);
        var night = shifts.create(space, shift(ShiftKind.NIGHT, day.plusDays(3), 22, 6));

        var answer = whileSheIsLeaving(() -> shifts.signUp(space, night));

        assertThat(answer).isEqualTo("You are no longer in this family's circle, so you can't sign up.");
        assertThat(shiftAsMaya(night).taken()).isZero();
        assertThat(shiftAsMaya(night).helpers()).isEmpty();
    }

    @Test
    void aClaimWhileSheIsLeavingIsRefusedAndTheTaskStaysOpen() throws Exception {
        family.as(maya);
        var dinner = taskWrites.create(space,
                TaskForm.once("Bring dinner", TaskCategory.MEALS, "", day.plusDays(3), 60));

        var answer = whileSheIsLeaving(() -> taskWrites.claim(space, dinner));

        assertThat(answer).isEqualTo("This family space is not shared with you.");
        assertThat(taskAsMaya(dinner).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(taskAsMaya(dinner).assigneeName()).isNull();
    }

    static RespiteOfferForm offerOn(LocalDate day) {
        return new RespiteOfferForm(day, LocalTime.of(10, 0), LocalTime.of(14, 0), "I'll take the baby out");
    }

    /**
     * Rose leaves in a transaction kept open until {@code meanwhile}, run as Rose on a device of hers, either
     * waits on a lock the leave holds or has finished; then the leave commits. Returns "done" or the refusal.
     */
    String whileSheIsLeaving(Runnable meanwhile) throws Exception {
        var device = Executors.newSingleThreadExecutor();
        try {
            var answer = new TransactionTemplate(transactions).execute(status -> {
                endWithoutWaiting(MemberLeft.Why.LEFT);
                Future<String> call = device.submit(() -> {
                    family.as(rose);
                    try {
                        meanwhile.run();
                        return "done";
                    } catch (RuntimeException refused) {
                        return refused.getMessage();
                    } finally {
                        SignedIn.nobody();
                    }
                });
                waitUntilWaitingOrDone(call);
                return call;
            });
            var result = answer.get(30, TimeUnit.SECONDS);
            AfterCommitWork.awaitDone(jdbc);
            return result;
        } finally {
            device.shutdownNow();
        }
    }

    private void waitUntilWaitingOrDone(Future<String> call) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!call.isDone() && !someSessionWaitsOnALock() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private boolean someSessionWaitsOnALock() {
        Integer waiting = jdbc.queryForObject(
                "select count(*) from information_schema.sessions where blocker_id is not null", Integer.class);
        return waiting != null && waiting > 0;
    }
}
