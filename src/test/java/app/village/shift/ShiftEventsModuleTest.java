package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.base.RepeatForm;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The shift module on its own, with only the modules it depends on: each change to shifts, places, breaks, offers
 * and handoffs published once, as exactly the event the live pages and the bell will listen to, with the right ids;
 * an edit to a repeating shift is one event, not one per day; a refused call, or a tap that changes nothing,
 * publishes nothing. Every event also goes through the publication registry's serializer and back unchanged.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith(SecurityContextOfThisApplication.class)
@RecordApplicationEvents
class ShiftEventsModuleTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ShiftService shifts;
    @Autowired BreakService breaks;
    @Autowired HandoffService handoffs;
    @Autowired RestService rest;
    @Autowired FamilyService families;
    @Autowired ShiftSeriesRoller roller;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventSerializer serializer;
    @Autowired ApplicationEvents published;

    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    SpaceId space;
    LocalDate inTenDays;

    @BeforeEach
    void theRiveras() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        space = family.space();
        inTenDays = LocalDate.ofInstant(family.clock().instant(), family.zone()).plusDays(10);
        family.as(maya);
    }

    static ShiftForm night(LocalDate day, int startHour) {
        return new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(startHour, 0), null, LocalTime.of(6, 0), 1, "");
    }

    /** What the shift module published since the last {@code clear()}, each checked to survive the registry. */
    List<Object> shiftEvents() {
        var events = published.stream()
                .map(event -> event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event)
                .filter(event -> event.getClass().getPackageName().equals(ShiftId.class.getPackageName()))
                .toList();
        events.forEach(event -> assertThat(serializer.deserialize(serializer.serialize(event), event.getClass()))
                .isEqualTo(event));
        return events;
    }

    List<java.util.UUID> idsBetween(LocalDate from, LocalDate to) {
        return shifts.between(space, from, to, false).stream().map(shift -> shift.id().value()).toList();
    }

    @Test
    void addingAShiftAndARepeatingOnePublishOneShiftAddedEach() {
        var night = shifts.create(space, night(inTenDays, 22));
        assertThat(shiftEvents()).containsExactly(new ShiftAdded(space.value(), List.of(night.value()), maya.accountId()));

        published.clear();
        var week = inTenDays.plusDays(7);
        var created = shifts.createRepeating(space, night(week, 21), RepeatForm.daily(week.plusDays(6)));
        assertThat(created).hasSize(7);
        assertThat(shiftEvents()).containsExactly(new ShiftAdded(space.value(),
                created.stream().map(ShiftId::value).toList(), maya.accountId()));
    }

    @Test
    void signingUpAndWithdrawingOnceEach(Scenario scenario) {
        var night = shifts.create(space, night(inTenDays, 22));
        family.as(rose);
        published.clear();

        scenario.stimulate(() -> shifts.signUp(space, night))
                .andWaitForEventOfType(ShiftSignedUp.class)
                .toArriveAndVerify(signedUp -> assertThat(signedUp)
                        .isEqualTo(new ShiftSignedUp(space.value(), night.value(), rose.accountId(), null)));
        shifts.signUp(space, night); // her second tap changes nothing
        assertThat(shiftEvents()).hasSize(1);

        published.clear();
        shifts.withdraw(space, night);
        assertThatThrownBy(() -> shifts.withdraw(space, night)).isInstanceOf(ShiftProblem.class);
        assertThat(shiftEvents()).containsExactly(
                new ShiftWithdrawn(space.value(), night.value(), rose.accountId(), null));
    }

    @Test
    void refusedSignUpEditAndHandoffPublishNothing() {
        var night = shifts.create(space, night(inTenDays, 22));
        family.as(rose);
        shifts.signUp(space, night);
        family.as(leo);
        published.clear();

        assertThatThrownBy(() -> shifts.signUp(space, night)).isInstanceOf(ShiftProblem.class); // covered
        assertThatThrownBy(() -> shifts.edit(space, night, night(inTenDays, 23))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> shifts.cancel(space, night)).isInstanceOf(ShiftProblem.class);
        assertThatThrownBy(() -> handoffs.writeHandoff(space, night, new HandoffForm(null, "", "", "", "Slept", "")))
                .isInstanceOf(ShiftProblem.class);
        assertThat(shiftEvents()).isEmpty();
    }

    @Test
    void changingAndCancellingNameThePeopleOnIt() {
        var night = shifts.create(space, night(inTenDays, 22));
        family.as(rose);
        shifts.signUp(space, night);
        family.as(maya);
        published.clear();

        shifts.edit(space, night, night(inTenDays, 23));
        assertThat(shiftEvents()).containsExactly(
                new ShiftChanged(space.value(), List.of(night.value()), maya.accountId(), List.of(rose.accountId())));

        published.clear();
        shifts.cancel(space, night);
        assertThat(shiftEvents()).containsExactly(
                new ShiftCancelled(space.value(), List.of(night.value()), maya.accountId(), List.of(rose.accountId())));
    }

    @Test
    void anEditToARepeatingShiftIsOneEventNotOnePerDay() {
        var created = shifts.createRepeating(space, night(inTenDays, 21), RepeatForm.daily(inTenDays.plusDays(6)));
        family.as(rose);
        shifts.signUp(space, created.get(2));
        family.as(maya);
        published.clear();

        shifts.editSeries(space, created.getFirst(), night(inTenDays, 22), RepeatForm.daily(inTenDays.plusDays(4)));
        var kept = created.subList(0, 5).stream().map(ShiftId::value).toList();
        var gone = created.subList(5, 7).stream().map(ShiftId::value).toList();
        assertThat(shiftEvents()).containsExactly(
                new ShiftChanged(space.value(), kept, maya.accountId(), List.of(rose.accountId())),
                new ShiftCancelled(space.value(), gone, maya.accountId(), List.of()));

        published.clear();
        shifts.stopRepeating(space, created.getFirst());
        assertThat(shiftEvents()).containsExactly(
                new ShiftCancelled(space.value(), kept, maya.accountId(), List.of(rose.accountId())));
    }

    @Test
    void herBreakIsAskedForAndTaken() {
        var asked = breaks.askForBreak(space, new RespiteRequest(inTenDays, LocalTime.of(14, 0), LocalTime.of(16, 0),
                RestActivity.SHOWER, ""));
        assertThat(shiftEvents()).containsExactly(new BreakAsked(space.value(), asked.value(), maya.accountId()));

        family.as(rose);
        published.clear();
        shifts.signUp(space, asked);
        assertThat(shiftEvents()).containsExactly(
                new ShiftSignedUp(space.value(), asked.value(), rose.accountId(), maya.accountId()));
    }

    @Test
    void settingChangingAndRemovingHerSleepWindowAreOneEventEach() {
        published.clear();
        rest.setSleepWindow(space, new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        assertThat(shiftEvents()).containsExactly(new SleepWindowChanged(space.value(), maya.accountId()));

        published.clear();
        rest.setSleepWindow(space, new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(5, 0)));
        assertThat(shiftEvents()).containsExactly(new SleepWindowChanged(space.value(), maya.accountId()));

        published.clear();
        rest.clearSleepWindow(space);
        assertThat(shiftEvents()).containsExactly(new SleepWindowChanged(space.value(), maya.accountId()));

        published.clear();
        rest.clearSleepWindow(space);
        assertThat(shiftEvents()).isEmpty();
    }

    @Test
    void anOfferIsMadeAndAccepted() {
        family.as(rose);
        var offer = breaks.offerRespite(space, new RespiteOfferForm(inTenDays, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "I'll take the baby for a walk"));
        assertThat(shiftEvents()).containsExactly(new OfferMade(space.value(), offer.value(), rose.accountId()));

        published.clear();
        assertThatThrownBy(() -> breaks.acceptOffer(space, offer)).isInstanceOf(NotAllowedException.class);
        assertThat(shiftEvents()).isEmpty();

        family.as(maya);
        var shift = breaks.acceptOffer(space, offer);
        assertThat(shiftEvents()).containsExactly(new OfferAccepted(space.value(), offer.value(), shift.value(),
                maya.accountId(), rose.accountId()));
    }

    @Test
    void anOfferDeclinedOrTakenBackIsClosedOnceAndARefusalPublishesNothing() {
        family.as(rose);
        var declined = breaks.offerRespite(space, new RespiteOfferForm(inTenDays, LocalTime.of(10, 0),
                LocalTime.of(12, 0), ""));
        var takenBack = breaks.offerRespite(space, new RespiteOfferForm(inTenDays.plusDays(1), LocalTime.of(10, 0),
                LocalTime.of(12, 0), ""));

        family.as(maya);
        published.clear();
        breaks.declineOffer(space, declined);
        assertThat(shiftEvents()).containsExactly(
                new OfferClosed(space.value(), declined.value(), maya.accountId(), rose.accountId()));

        published.clear();
        assertThatThrownBy(() -> breaks.declineOffer(space, declined)).isInstanceOf(ShiftProblem.class);
        assertThatThrownBy(() -> breaks.withdrawOffer(space, takenBack)).isInstanceOf(ShiftProblem.class);
        assertThat(shiftEvents()).isEmpty();

        family.as(rose);
        breaks.withdrawOffer(space, takenBack);
        assertThat(shiftEvents()).containsExactly(
                new OfferClosed(space.value(), takenBack.value(), rose.accountId(), rose.accountId()));
    }

    @Test
    void aHandoffNamesThePeopleOnTheShiftButNotItsWords() {
        var evening = shifts.create(space, new ShiftForm(ShiftKind.DAY_HELP, inTenDays, LocalTime.of(16, 0), null,
                LocalTime.of(20, 0), 2, ""));
        family.as(rose);
        shifts.signUp(space, evening);
        family.as(leo);
        shifts.signUp(space, evening);
        published.clear();

        handoffs.writeHandoff(space, evening, new HandoffForm(LocalTime.of(19, 0), "Left side", "", "", "", ""));

        assertThat(shiftEvents()).singleElement().isInstanceOfSatisfying(HandoffWritten.class, written -> {
            assertThat(written.spaceId()).isEqualTo(space.value());
            assertThat(written.shiftId()).isEqualTo(evening.value());
            assertThat(written.by()).isEqualTo(leo.accountId());
            assertThat(written.onTheShift()).containsExactlyInAnyOrder(rose.accountId(), leo.accountId());
            assertThat(written.handoffId()).isNotIn(evening.value(), space.value());
        });
    }

    @Test
    void whenSheIsRemovedEachComingPlaceSheHeldIsWithdrawnByHer(Scenario scenario) {
        var later = shifts.create(space, night(inTenDays.plusDays(1), 22));
        var herBreak = breaks.askForBreak(space, new RespiteRequest(inTenDays, LocalTime.of(14, 0),
                LocalTime.of(16, 0), RestActivity.SHOWER, ""));
        var earlier = shifts.create(space, night(inTenDays.minusDays(1), 22));
        var leosNight = shifts.create(space, night(inTenDays.plusDays(2), 22));
        family.as(leo);
        shifts.signUp(space, leosNight);
        family.as(rose);
        shifts.signUp(space, later);
        shifts.signUp(space, herBreak);
        shifts.signUp(space, earlier);

        family.as(maya);
        var roseInCircle = families.members(space).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
        scenario.stimulate(() -> families.removeMember(space, roseInCircle.membershipId()))
                .andWaitForStateChange(() -> jdbc.queryForObject(
                        "select count(*) from shift_signup where account_id = ?", Integer.class, rose.accountId()),
                        places -> places == 0)
                .andVerifyEvents(events -> assertThat(events.ofType(ShiftWithdrawn.class)).containsExactly(
                        new ShiftWithdrawn(space.value(), earlier.value(), rose.accountId(), null),
                        new ShiftWithdrawn(space.value(), herBreak.value(), rose.accountId(), maya.accountId()),
                        new ShiftWithdrawn(space.value(), later.value(), rose.accountId(), null)));
    }

    @Test
    void theRollForwardAddsEachSeriesNewDaysAsOneEventByNobody() {
        shifts.createRepeating(space, night(inTenDays, 21), RepeatForm.daily(null));
        var laidOut = idsBetween(inTenDays, inTenDays.plusDays(59));
        family.clock().advance(Duration.ofDays(21));
        published.clear();

        roller.rollForward();

        var newDays = idsBetween(inTenDays, inTenDays.plusDays(59)).stream().filter(id -> !laidOut.contains(id))
                .toList();
        assertThat(newDays).isNotEmpty();
        assertThat(shiftEvents()).filteredOn(event -> event instanceof ShiftAdded added
                        && added.spaceId().equals(space.value()))
                .containsExactly(new ShiftAdded(space.value(), newDays, null));
    }
}
