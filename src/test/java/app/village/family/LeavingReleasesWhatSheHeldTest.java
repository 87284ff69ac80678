package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountProblem;
import app.village.account.AccountService;
import app.village.caretask.CareTaskService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskStatus;
import app.village.caretask.TaskSummary;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.shift.ShiftSummary;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whichever way Rose's membership ends (she leaves, the owner removes her, she deletes her account), the tasks
 * she had taken on and not finished go back up, her places on shifts that have not started are freed for
 * someone else, and the work already done or under way keeps her for the record.
 */
@IntegrationTest
class LeavingReleasesWhatSheHeldTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskService careTasks;
    @Autowired ShiftService shifts;
    @Autowired MutableClock clock;

    Instant clockBefore;
    FamilyTestData data;
    LocalDate day;
    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    UUID space;

    @BeforeEach
    void roseHelpsTheRiveras() {
        clockBefore = clock.instant();
        day = LocalDate.now(HELSINKI).plusDays(10);
        clock.set(at(day, 12));
        data = new FamilyTestData(accounts, families, invitations);
        maya = data.person("Maya");
        rose = data.person("Rose");
        leo = data.person("Leo");
        space = data.spaceOf(maya, "The Rivera family");
        data.join(maya, space, rose, FamilyRole.SUPPORTER);
        data.join(maya, space, leo, FamilyRole.SUPPORTER);
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(clockBefore);
        SignedIn.nobody();
    }

    void as(VillageUser user) {
        SignedIn.as(user.accountId(), user.displayName());
    }

    static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), HELSINKI).toInstant();
    }

    static ShiftForm shift(ShiftKind kind, LocalDate day, int startHour, int endHour) {
        return new ShiftForm(kind, day, LocalTime.of(startHour, 0), null, LocalTime.of(endHour, 0), 1, "");
    }

    void end(MembershipEnded.Reason how) {
        switch (how) {
            case LEFT -> {
                as(rose);
                families.leave(space);
            }
            case REMOVED -> {
                as(maya);
                var membership = families.members(space).stream()
                        .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
                families.removeMember(space, membership.membershipId());
            }
            case ACCOUNT_DELETED -> {
                as(rose);
                accounts.deleteMyAccount(FamilyTestData.PASSWORD);
            }
        }
    }

    ShiftSummary shiftAsMaya(UUID shiftId) {
        as(maya);
        return shifts.shift(space, shiftId).shift();
    }

    TaskSummary taskAsMaya(UUID taskId) {
        as(maya);
        return careTasks.task(space, taskId).task();
    }

    @ParameterizedTest
    @EnumSource(MembershipEnded.Reason.class)
    void herComingShiftPlacesAreFreedAndTheOnesThatStartedKeepHer(MembershipEnded.Reason how) {
        as(maya);
        var lastNight = shifts.create(space, shift(ShiftKind.NIGHT, day, 22, 6));
        var thisMorning = shifts.create(space, shift(ShiftKind.DAY_HELP, day.plusDays(1), 11, 14));
        var comingNight = shifts.create(space, shift(ShiftKind.NIGHT, day.plusDays(3), 22, 6));
        as(rose);
        List.of(lastNight, thisMorning, comingNight).forEach(id -> shifts.signUp(space, id));
        assertThat(shiftAsMaya(comingNight).isFilled()).isTrue();

        // Noon the next day: last night is over, this morning's shift is under way, the coming night is ahead.
        clock.set(at(day.plusDays(1), 12));
        end(how);

        var freed = shiftAsMaya(comingNight);
        assertThat(freed.taken()).isZero();
        assertThat(freed.helpers()).isEmpty();
        as(leo);
        shifts.signUp(space, comingNight);
        assertThat(shiftAsMaya(comingNight).helpers()).containsExactly("Leo");
        assertThat(shiftAsMaya(comingNight).taken()).isEqualTo(1);

        // Her account's deletion takes her name (and her sign-up row) with it; the place stays counted as covered.
        var herName = List.of(how == MembershipEnded.Reason.ACCOUNT_DELETED ? "A former member" : "Rose");
        for (var started : List.of(lastNight, thisMorning)) {
            assertThat(shiftAsMaya(started).taken()).isEqualTo(1);
            assertThat(shiftAsMaya(started).helpers()).isEqualTo(herName);
        }
    }

    @ParameterizedTest
    @EnumSource(MembershipEnded.Reason.class)
    void herUnfinishedTasksGoBackUpAndTheDoneOnesKeepHerName(MembershipEnded.Reason how) {
        as(maya);
        var dinner = careTasks.create(space,
                TaskForm.once("Bring dinner", TaskCategory.MEALS, "", day.plusDays(3), 60));
        var laundry = careTasks.create(space, TaskForm.once("Fold laundry", TaskCategory.HOUSEHOLD, "", day, 30));
        as(rose);
        careTasks.claim(space, dinner);
        careTasks.claim(space, laundry);
        careTasks.markDone(space, laundry, "Folded and put away");
        var firstWalk = careTasks.addMyOwnTask(space, TaskForm.weekly("Walk the dog", TaskCategory.ERRANDS, "",
                day.plusDays(1), EnumSet.allOf(DayOfWeek.class), day.plusDays(5), 30));

        end(how);

        var open = taskAsMaya(dinner);
        assertThat(open.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(open.assigneeName()).isNull();
        as(leo);
        careTasks.claim(space, dinner);
        assertThat(taskAsMaya(dinner).assigneeName()).isEqualTo("Leo");

        var walks = careTasks.tasks(space).stream().filter(task -> task.title().equals("Walk the dog")).toList();
        assertThat(walks).hasSize(5).extracting(TaskSummary::status).containsOnly(TaskStatus.OPEN);
        assertThat(walks).extracting(TaskSummary::id).contains(firstWalk);

        var done = taskAsMaya(laundry);
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.doneNote()).isEqualTo("Folded and put away");
        // A deleted account's name goes with it (on delete set null); leaving keeps her name on her work.
        assertThat(done.assigneeName()).isEqualTo(how == MembershipEnded.Reason.ACCOUNT_DELETED ? null : "Rose");
    }

    @Test
    void leavingOneSpaceLeavesWhatSheHoldsInAnotherAlone() {
        var other = data.spaceOf(leo, "The Okafor family");
        data.join(leo, other, rose, FamilyRole.SUPPORTER);
        as(leo);
        var otherNight = shifts.create(other, shift(ShiftKind.NIGHT, day.plusDays(3), 22, 6));
        var otherTask = careTasks.create(other, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", day, 60));
        as(maya);
        var night = shifts.create(space, shift(ShiftKind.NIGHT, day.plusDays(4), 22, 6));
        as(rose);
        shifts.signUp(other, otherNight);
        careTasks.claim(other, otherTask);
        shifts.signUp(space, night);

        end(MembershipEnded.Reason.LEFT);

        as(leo);
        assertThat(shifts.shift(other, otherNight).shift().helpers()).containsExactly("Rose");
        assertThat(shifts.shift(other, otherNight).shift().taken()).isEqualTo(1);
        assertThat(careTasks.task(other, otherTask).task().assigneeName()).isEqualTo("Rose");
        assertThat(shiftAsMaya(night).taken()).isZero();
    }

    @Test
    void aDeletionRefusedForTheLastOwnerReleasesNothing() {
        var own = data.spaceOf(rose, "Rose's own circle");
        data.join(rose, own, leo, FamilyRole.SUPPORTER);
        as(maya);
        var night = shifts.create(space, shift(ShiftKind.NIGHT, day.plusDays(3), 22, 6));
        as(rose);
        shifts.signUp(space, night);

        assertThatThrownBy(() -> end(MembershipEnded.Reason.ACCOUNT_DELETED))
                .isInstanceOf(AccountProblem.class);

        assertThat(shiftAsMaya(night).helpers()).containsExactly("Rose");
        assertThat(shiftAsMaya(night).taken()).isEqualTo(1);
    }
}
