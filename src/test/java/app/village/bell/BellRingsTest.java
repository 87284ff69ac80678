package app.village.bell;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.MailRecipients;
import app.village.base.ui.TimeTexts;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskId;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.reminder.Reminders;
import app.village.security.VillageUser;
import app.village.shift.BreakService;
import app.village.shift.HandoffForm;
import app.village.shift.HandoffService;
import app.village.shift.RespiteOfferForm;
import app.village.shift.RespiteRequest;
import app.village.shift.RestActivity;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What rings, for whom, and never for the one who did it: each kind of news the bell carries, driven through the
 * real services, with the bell's listeners running after the commit as in the running app.
 */
@IntegrationTest
class BellRingsTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired CareTaskWriteService tasks;
    @Autowired ShiftService shifts;
    @Autowired BreakService breaks;
    @Autowired HandoffService handoffs;
    @Autowired FamilyService families;
    @Autowired Reminders reminders;
    @Autowired InvitationService invitations;
    @Autowired MailRecipients recipients;
    @Autowired JdbcTemplate jdbc;

    BellTestSupport bell;
    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    VillageUser vera;
    LocalDate inTenDays;

    @BeforeEach
    void theRiveras() {
        bell = new BellTestSupport(jdbc);
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.ORGANIZER);
        vera = family.person("Vera", FamilyRole.VIEWER);
        inTenDays = LocalDate.ofInstant(family.clock().instant(), family.zone()).plusDays(10);
        family.as(maya);
    }

    TaskId mayaAsksFor(String title) {
        family.as(maya);
        return tasks.create(family.space(), TaskForm.once(title, TaskCategory.MEALS, "", inTenDays, 60));
    }

    ShiftId nightWith(VillageUser... helpers) {
        family.as(maya);
        var night = shifts.create(family.space(),
                new ShiftForm(ShiftKind.NIGHT, inTenDays, LocalTime.of(22, 0), null, LocalTime.of(6, 0), 2, ""));
        for (var helper : helpers) {
            family.as(helper);
            shifts.signUp(family.space(), night);
        }
        family.as(maya);
        return night;
    }

    String taskPath(TaskId task) {
        return "family/" + family.space() + "/tasks/" + task;
    }

    String shiftPath(ShiftId shift) {
        return "family/" + family.space() + "/shifts/" + shift;
    }

    @Test
    void takingAndHandingBackHerTaskRingsForHerNotForTheHelper() {
        var dinner = mayaAsksFor("Bring dinner");
        family.as(rose);
        tasks.claim(family.space(), dinner);

        assertThat(bell.entriesOf(maya)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(BellKind.TASK_TAKEN);
            assertThat(entry.text()).isEqualTo("Rose took on a task you asked for.");
            assertThat(entry.link()).isEqualTo(taskPath(dinner));
            assertThat(entry.spaceId()).isEqualTo(family.space().value());
            assertThat(entry.read()).isFalse();
        });

        family.clock().advance(Duration.ofMinutes(1));
        tasks.handBack(family.space(), dinner);

        assertThat(bell.entriesOf(maya)).extracting(BellTestSupport.Row::kind)
                .containsExactly(BellKind.TASK_HANDED_BACK, BellKind.TASK_TAKEN);
        assertThat(bell.entriesOf(maya).getFirst().text())
                .isEqualTo("Rose handed back a task you asked for. It is open again.");
        assertThat(bell.entriesOf(rose)).isEmpty();
    }

    @Test
    void herOwnTapsRingNothingForHer() {
        var dinner = mayaAsksFor("Bring dinner");
        tasks.claim(family.space(), dinner);
        tasks.handBack(family.space(), dinner);
        var night = nightWith(rose);
        family.as(rose);
        handoffs.writeHandoff(family.space(), night, new HandoffForm(LocalTime.of(3, 0), "Left side", "", "", "", ""));

        assertThat(bell.entriesOf(maya)).isEmpty();
        assertThat(bell.entriesOf(rose)).isEmpty();
    }

    @Test
    void changingOrCancellingAShiftRingsForThePeopleOnIt() {
        var night = nightWith(rose, leo);
        shifts.edit(family.space(), night,
                new ShiftForm(ShiftKind.NIGHT, inTenDays, LocalTime.of(23, 0), null, LocalTime.of(6, 0), 2, ""));

        for (var helper : new VillageUser[] {rose, leo}) {
            assertThat(bell.entriesOf(helper)).singleElement().satisfies(entry -> {
                assertThat(entry.kind()).isEqualTo(BellKind.SHIFT_CHANGED);
                assertThat(entry.text()).isEqualTo("Maya changed a shift you are on.");
                assertThat(entry.link()).isEqualTo(shiftPath(night));
            });
        }

        family.clock().advance(Duration.ofMinutes(1));
        shifts.cancel(family.space(), night);

        assertThat(bell.entriesOf(rose)).first().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(BellKind.SHIFT_CANCELLED);
            assertThat(entry.text()).isEqualTo("Maya cancelled a shift you were on. You don't need to go.");
            assertThat(entry.link()).isEqualTo("family/" + family.space() + "/shifts");
        });
        assertThat(bell.entriesOf(maya)).isEmpty();
        assertThat(bell.entriesOf(vera)).isEmpty();
    }

    @Test
    void herBreakRingsForEveryoneWhoMayCoverItButHerAndTheViewers() {
        var asked = breaks.askForBreak(family.space(), new RespiteRequest(inTenDays, LocalTime.of(14, 0),
                LocalTime.of(16, 0), RestActivity.SHOWER, ""));

        for (var helper : new VillageUser[] {rose, leo}) {
            assertThat(bell.entriesOf(helper)).singleElement().satisfies(entry -> {
                assertThat(entry.kind()).isEqualTo(BellKind.BREAK_ASKED);
                assertThat(entry.text()).isEqualTo("Maya asked for a break. Could you cover it?");
                assertThat(entry.link()).isEqualTo(shiftPath(asked));
            });
        }
        assertThat(bell.entriesOf(vera)).isEmpty();
        assertThat(bell.entriesOf(maya)).isEmpty();
    }

    @Test
    void acceptingAnOfferRingsForWhoOfferedIt() {
        family.as(rose);
        var offer = breaks.offerRespite(family.space(), new RespiteOfferForm(inTenDays, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "I'll take the baby for a walk"));
        family.as(maya);
        var shift = breaks.acceptOffer(family.space(), offer);

        assertThat(bell.entriesOf(rose)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(BellKind.OFFER_ACCEPTED);
            assertThat(entry.text()).isEqualTo("Maya said yes to the break you offered. Thank you!");
            assertThat(entry.link()).isEqualTo(shiftPath(shift));
        });
        assertThat(bell.entriesOf(maya)).isEmpty();
    }

    @Test
    void aHandoffRingsForTheOthersOnTheShift() {
        var night = nightWith(rose, leo);
        family.as(rose);
        handoffs.writeHandoff(family.space(), night, new HandoffForm(LocalTime.of(3, 0), "Left side", "", "", "", ""));

        assertThat(bell.entriesOf(leo)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(BellKind.HANDOFF_WRITTEN);
            assertThat(entry.text()).isEqualTo("Rose wrote a handoff for a shift you are on.");
            assertThat(entry.link()).isEqualTo(shiftPath(night));
        });
        assertThat(bell.entriesOf(rose)).isEmpty();
    }

    @Test
    void anInvitationByMailRingsForTheAccountThatHasTheAddress() {
        var nina = family.stranger("Nina");
        var address = recipients.of(List.of(nina.accountId())).get(nina.accountId()).email();
        family.as(maya);
        invitations.invite(family.space(), new InvitationForm("Nina", "", FamilyRole.SUPPORTER, address, ""));

        assertThat(bell.entriesOf(nina)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(BellKind.INVITED);
            assertThat(entry.text())
                    .isEqualTo("Maya invited you to join The Rivera family. The link is in the email we sent you.");
            assertThat(entry.link()).isEmpty();
        });
        assertThat(bell.entriesOf(maya)).isEmpty();
    }

    @Test
    void aNewRoleRingsForTheMemberWhoseRoleChanged() {
        var roseInCircle = families.members(family.space()).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
        families.changeRole(family.space(), roseInCircle.membershipId(), FamilyRole.ORGANIZER);

        assertThat(bell.entriesOf(rose)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(BellKind.ROLE_CHANGED);
            assertThat(entry.text()).isEqualTo("You are now an organizer in this family.");
            assertThat(entry.link()).isEqualTo("family/" + family.space());
        });
        assertThat(bell.entriesOf(maya)).isEmpty();
    }

    @Test
    void changingHerOwnRoleRingsNothingForHerWhileSomeoneElseChangingItStillRings() {
        var roseInCircle = families.members(family.space()).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
        families.changeRole(family.space(), roseInCircle.membershipId(), FamilyRole.OWNER);
        assertThat(bell.entriesOf(rose)).extracting(BellTestSupport.Row::text)
                .containsExactly("You are now an owner in this family.");

        family.as(rose);
        family.clock().advance(Duration.ofMinutes(1));
        families.changeRole(family.space(), roseInCircle.membershipId(), FamilyRole.ORGANIZER);

        assertThat(bell.entriesOf(rose)).as("her own step down is no news to her").extracting(BellTestSupport.Row::text)
                .containsExactly("You are now an owner in this family.");
        assertThat(bell.entriesOf(maya)).isEmpty();

        family.as(maya);
        family.clock().advance(Duration.ofMinutes(1));
        families.changeRole(family.space(), roseInCircle.membershipId(), FamilyRole.SUPPORTER);

        // Still unread, the entry about her role says what stands now.
        assertThat(bell.entriesOf(rose)).extracting(BellTestSupport.Row::text)
                .containsExactly("You are now a supporter in this family.");
    }

    @Test
    void aReminderRingsForWhoIsOnTheShift() {
        var night = nightWith(rose);
        var startsAt = inTenDays.atTime(22, 0).atZone(family.zone());
        family.clock().set(startsAt.minusMinutes(1).toInstant());

        reminders.sendDue();

        assertThat(bell.entriesOf(rose)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(BellKind.REMINDER);
            assertThat(entry.text()).isEqualTo("Reminder: your shift starts " + TimeTexts.longDayAtTime(startsAt) + ".");
            assertThat(entry.link()).isEqualTo(shiftPath(night));
        });
        assertThat(bell.entriesOf(maya)).isEmpty();
    }

    @Test
    void leavingTheSpaceDropsWhatTheBellHeldForHerThere() {
        var night = nightWith(rose);
        shifts.edit(family.space(), night,
                new ShiftForm(ShiftKind.NIGHT, inTenDays, LocalTime.of(23, 0), null, LocalTime.of(6, 0), 2, ""));
        assertThat(bell.entriesOf(rose)).hasSize(1);

        family.as(rose);
        families.leave(family.space());

        assertThat(bell.entriesOf(rose)).isEmpty();
    }
}
