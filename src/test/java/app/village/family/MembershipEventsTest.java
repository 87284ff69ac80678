package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskHandedBack;
import app.village.caretask.TaskId;
import app.village.caretask.TaskStatus;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.shift.ShiftWithdrawn;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The membership events, stimulated through the family services as people would: whichever way Rose leaves the
 * Riveras' circle, {@code caretask} and {@code shift} hear of it and give back the task she had taken on and her
 * place on a coming night; joining and a new role are announced too. The whole application runs (the listening
 * modules and Vaadin's configuration), so this is a {@code @SpringBootTest} with scenarios rather than a
 * module-sliced {@code @ApplicationModuleTest}.
 */
@IntegrationTest
@EnableScenarios
class MembershipEventsTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired CareTaskWriteService careTasks;
    @Autowired CareTaskReadService taskReads;
    @Autowired ShiftService shifts;
    @Autowired JdbcTemplate jdbc;

    VillageUser maya;
    VillageUser rose;
    SpaceId space;
    TaskId dinner;
    ShiftId night;

    @BeforeEach
    void roseHasTakenOnADinnerAndANight() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        space = family.space();
        var inTenDays = LocalDate.ofInstant(family.clock().instant(), ZoneOffset.UTC).plusDays(10);
        family.as(maya);
        dinner = careTasks.create(space, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", inTenDays, 60));
        night = shifts.create(space, new ShiftForm(ShiftKind.NIGHT, inTenDays, LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 1, ""));
        family.as(rose);
        careTasks.claim(space, dinner);
        shifts.signUp(space, night);
    }

    @Test
    void leavingPutsHerTaskBackUpAndFreesHerPlace(Scenario scenario) {
        family.as(rose);
        scenario.stimulate(() -> families.leave(space))
                .andWaitForStateChange(this::whatSheHeld, WhatSheHeld::released)
                .andVerify(held -> assertThat(held).isEqualTo(new WhatSheHeld(null, 0, 0)));
        assertThatTheOthersSeeItReleased();
    }

    @Test
    void beingRemovedPutsHerTaskBackUpAndFreesHerPlace(Scenario scenario) {
        family.as(maya);
        var roseInCircle = families.members(space).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
        scenario.stimulate(() -> families.removeMember(space, roseInCircle.membershipId()))
                .andWaitForStateChange(this::whatSheHeld, WhatSheHeld::released)
                .andVerifyEvents(events -> assertThat(events).contains(MemberLeft.class).matching(left ->
                        left.equals(new MemberLeft(space.value(), rose.accountId(), MemberLeft.Why.REMOVED))));
        assertThat(whatSheHeld()).isEqualTo(new WhatSheHeld(null, 0, 0));
        assertThatTheOthersSeeItReleased();
    }

    @Test
    void deletingHerAccountPutsHerTaskBackUpAndFreesHerPlaceBeforeItReturns(Scenario scenario) {
        family.as(rose);
        scenario.stimulate(() -> accounts.deleteMyAccount(FamilyTestData.PASSWORD))
                .andWaitForEventOfType(MemberLeft.class)
                .toArriveAndVerify(left -> {
                    assertThat(left).isEqualTo(new MemberLeft(space.value(), rose.accountId(), MemberLeft.Why.ACCOUNT_DELETED));
                    // Released inside the deletion's transaction: nothing is left to wait for.
                    assertThat(whatSheHeld()).isEqualTo(new WhatSheHeld(null, 0, 0));
                });
        assertThatTheOthersSeeItReleased();
    }

    /**
     * Released inside the deletion's transaction, so its events are published on this thread, where the scenario
     * sees them. After a leaving or a removal the after-commit listener publishes them, out of this scenario's
     * sight in the whole application; {@code TaskEventsModuleTest} and {@code ShiftEventsModuleTest} check those.
     */
    @Test
    void deletingHerAccountPublishesWhatSheGaveBackAndForgetsHerAsPoster(Scenario scenario) {
        family.as(rose);
        var herOwn = careTasks.addMyOwnTask(space, TaskForm.once("Fold the laundry", TaskCategory.HOUSEHOLD, "",
                LocalDate.ofInstant(family.clock().instant(), ZoneOffset.UTC).plusDays(11), 20));
        scenario.stimulate(() -> accounts.deleteMyAccount(FamilyTestData.PASSWORD))
                .andWaitForStateChange(this::whatSheHeld, WhatSheHeld::released)
                .andVerifyEvents(events -> {
                    assertThat(events.ofType(TaskHandedBack.class)).containsExactly(
                            new TaskHandedBack(space.value(), dinner.value(), rose.accountId(), maya.accountId()),
                            new TaskHandedBack(space.value(), herOwn.value(), rose.accountId(), null));
                    assertThat(events.ofType(ShiftWithdrawn.class)).containsExactly(
                            new ShiftWithdrawn(space.value(), night.value(), rose.accountId(), null));
                });
    }

    @Test
    void acceptingAnInvitationAnnouncesTheNewMemberWithHerRole(Scenario scenario) {
        var leo = family.stranger("Leo");
        scenario.stimulate(() -> family.join(maya, space, leo, FamilyRole.ORGANIZER))
                .andWaitForEventOfType(MemberJoined.class)
                .toArriveAndVerify(joined -> assertThat(joined)
                        .isEqualTo(new MemberJoined(space.value(), leo.accountId(), FamilyRole.ORGANIZER)));
    }

    @Test
    void creatingASpaceAnnouncesItsOwner(Scenario scenario) {
        family.as(rose);
        scenario.stimulate(() -> families.createSpace(SpaceForm.named("Rose's circle", "UTC")))
                .andWaitForEventOfType(MemberJoined.class)
                .toArriveAndVerify((joined, created) -> assertThat(joined)
                        .isEqualTo(new MemberJoined(created.value(), rose.accountId(), FamilyRole.OWNER)));
    }

    @Test
    void aNewRoleIsAnnouncedWithTheOldOne(Scenario scenario) {
        family.as(maya);
        var roseInCircle = families.members(space).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
        scenario.stimulate(() -> families.changeRole(space, roseInCircle.membershipId(), FamilyRole.OWNER))
                .andWaitForEventOfType(RoleChanged.class)
                .toArriveAndVerify(changed -> assertThat(changed).isEqualTo(
                        new RoleChanged(space.value(), rose.accountId(), FamilyRole.SUPPORTER, FamilyRole.OWNER,
                                maya.accountId())));
    }

    /** Read straight from the tables: Awaitility asks from its own thread, where nobody is signed in. */
    record WhatSheHeld(UUID taskAssignee, int placesTaken, int signUps) {

        boolean released() {
            return placesTaken == 0 && signUps == 0 && taskAssignee == null;
        }
    }

    WhatSheHeld whatSheHeld() {
        return jdbc.queryForObject("""
                select t.assignee_id, s.taken, (select count(*) from shift_signup p where p.shift_id = s.id)
                from care_task t, care_shift s where t.id = ? and s.id = ?""",
                (row, i) -> new WhatSheHeld(row.getObject(1, UUID.class), row.getInt(2), row.getInt(3)),
                dinner.value(), night.value());
    }

    private void assertThatTheOthersSeeItReleased() {
        family.as(maya);
        assertThat(taskReads.task(space, dinner).task().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(shifts.shift(space, night).shift().helpers()).isEmpty();
        assertThat(shifts.shift(space, night).shift().taken()).isZero();
    }
}
