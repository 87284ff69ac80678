package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.NotAllowedException;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shifts in the family's time zone (across midnight and both clock changes), one booking at a time per person,
 * withdrawing, cancelling and editing. The family lives in New York, far from UTC, so a zone mix-up shows up as
 * wrong hours.
 */
@IntegrationTest
class ShiftServiceTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone(NEW_YORK.getId());

    @Autowired FamilyService families;
    @Autowired ShiftService shifts;

    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    SpaceId space;

    @BeforeEach
    void aFamilyInNewYork() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        space = family.space();
        family.as(maya);
    }

    static ShiftForm form(ShiftKind kind, LocalDate day, int startHour, int endHour, int capacity) {
        return new ShiftForm(kind, day, LocalTime.of(startHour, 0), null, LocalTime.of(endHour, 0), capacity, "");
    }

    static ShiftForm night(LocalDate day) {
        return form(ShiftKind.NIGHT, day, 22, 6, 1);
    }

    ShiftSummary summary(ShiftId shiftId) {
        return shifts.shift(space, shiftId).shift();
    }

    /** The next clock change in New York that puts the clocks forward ({@code gap}) or back. */
    static ZoneOffsetTransition nextChange(boolean gap) {
        var rules = NEW_YORK.getRules();
        var change = rules.nextTransition(Instant.now());
        while (change.isGap() != gap) {
            change = rules.nextTransition(change.getInstant());
        }
        return change;
    }

    /** A night a week or more away on which New York's clocks do not change. */
    static LocalDate anOrdinaryNight() {
        var day = LocalDate.now(NEW_YORK).plusDays(7);
        while (!NEW_YORK.getRules().getOffset(day.atTime(22, 0))
                .equals(NEW_YORK.getRules().getOffset(day.plusDays(1).atTime(6, 0)))) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void aNightShiftFromTenToSixEndsTheNextMorningInTheFamilysZone() {
        var day = anOrdinaryNight();
        var id = shifts.create(space, night(day));

        var night = summary(id);
        assertThat(night.start()).isEqualTo(ZonedDateTime.of(day, LocalTime.of(22, 0), NEW_YORK));
        assertThat(night.end()).isEqualTo(ZonedDateTime.of(day.plusDays(1), LocalTime.of(6, 0), NEW_YORK));
        assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(8));
        assertThat(night.title()).isEqualTo("Night shift");
        // Listed on the family's day it starts, not the day it ends.
        assertThat(shifts.between(space, day, day, false)).extracting(ShiftSummary::id).containsExactly(id);
        assertThat(shifts.between(space, day.plusDays(1), day.plusDays(1), false)).isEmpty();

        var explicit = shifts.create(space,
                new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(22, 0), day.plusDays(1), LocalTime.of(6, 0), 1, ""));
        assertThat(summary(explicit).start()).isEqualTo(night.start());
        assertThat(summary(explicit).end()).isEqualTo(night.end());
        var dayShift = summary(shifts.create(space, form(ShiftKind.DAY_HELP, day, 8, 14, 1)));
        assertThat(dayShift.end()).isEqualTo(ZonedDateTime.of(day, LocalTime.of(14, 0), NEW_YORK));
    }

    @Test
    void theNightTheClocksGoForwardLastsSevenHoursAndTheNightTheyGoBackNine() {
        // From late 2026 these are 2027-03-14 (forward) and 2027-11-07 (back); the nights start the evening before.
        var forward = nextChange(true);
        var back = nextChange(false);
        var springNight = forward.getDateTimeBefore().toLocalDate().minusDays(1);
        var autumnNight = back.getDateTimeBefore().toLocalDate().minusDays(1);

        var spring = summary(shifts.create(space, night(springNight)));
        var autumn = summary(shifts.create(space, night(autumnNight)));

        assertThat(Duration.between(spring.start(), spring.end())).isEqualTo(Duration.ofHours(7));
        assertThat(spring.start().toInstant())
                .isEqualTo(springNight.atTime(22, 0).toInstant(forward.getOffsetBefore()));
        assertThat(spring.end().toInstant())
                .isEqualTo(springNight.plusDays(1).atTime(6, 0).toInstant(forward.getOffsetAfter()));
        assertThat(spring.end().toLocalTime()).isEqualTo(LocalTime.of(6, 0));

        assertThat(Duration.between(autumn.start(), autumn.end())).isEqualTo(Duration.ofHours(9));
        assertThat(autumn.start().toInstant()).isEqualTo(autumnNight.atTime(22, 0).toInstant(back.getOffsetBefore()));
        assertThat(autumn.end().toInstant())
                .isEqualTo(autumnNight.plusDays(1).atTime(6, 0).toInstant(back.getOffsetAfter()));
        assertThat(autumn.end().toLocalTime()).isEqualTo(LocalTime.of(6, 0));

        // A helper booked on both nights is held for exactly those hours: the next morning from 06:00 is free.
        family.as(rose);
        shifts.signUp(space, spring.id());
        shifts.signUp(space, autumn.id());
        family.as(maya);
        var morning = shifts.create(space, form(ShiftKind.DAY_HELP, springNight.plusDays(1), 6, 9, 1));
        var halfAnHourBefore = shifts.create(space,
                new ShiftForm(ShiftKind.DAY_HELP, springNight.plusDays(1), LocalTime.of(5, 30), null,
                        LocalTime.of(6, 0), 1, ""));
        family.as(rose);
        shifts.signUp(space, morning);
        assertThatThrownBy(() -> shifts.signUp(space, halfAnHourBefore)).isInstanceOf(ShiftProblem.class)
                .hasMessage("You already have a shift at that time.");
    }

    @Test
    void anHourThatDoesNotExistWhenTheClocksGoForwardIsNoShift() {
        var forward = nextChange(true);
        var day = forward.getDateTimeBefore().toLocalDate();
        // 02:30 does not exist that night; it becomes 03:30, after the 03:00 end.
        var impossible = new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(2, 30), null, LocalTime.of(3, 0), 1, "");

        assertThatThrownBy(() -> shifts.create(space, impossible)).isInstanceOf(ShiftProblem.class)
                .hasMessage("The clocks go forward during these hours, which leaves no time at all. "
                        + "Please choose a later end.");
        assertThat(shifts.between(space, day, day, false)).isEmpty();
    }

    @Test
    void membersWhereverTheyAreSeeTheShiftInFamilyTime() {
        var day = anOrdinaryNight();
        var id = shifts.create(space, night(day));
        // Rose lives in Helsinki, where her own family space is.
        var rosesOwnSpace = family.spaceOf(rose, "Rose's family");
        family.as(rose);
        var inHelsinki = shifts.create(rosesOwnSpace, night(day));

        family.as(maya);
        var mayasView = shifts.between(space, day, day, false).getFirst();
        family.as(rose);
        var rosesView = shifts.between(space, day, day, false).getFirst();
        var rosesDetails = shifts.shift(space, id).shift();

        assertThat(mayasView.start().getZone()).isEqualTo(NEW_YORK);
        assertThat(rosesView.start().getZone()).isEqualTo(NEW_YORK);
        assertThat(rosesView.end().getZone()).isEqualTo(NEW_YORK);
        assertThat(rosesView.start()).isEqualTo(mayasView.start()).isEqualTo(rosesDetails.start());
        assertThat(rosesView.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
        // Her own family's shift is in her own family's time.
        var hers = shifts.shift(rosesOwnSpace, inHelsinki).shift();
        assertThat(hers.start().getZone()).isEqualTo(HELSINKI);
        assertThat(hers.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
        assertThat(hers.start().toInstant()).isNotEqualTo(rosesView.start().toInstant());
        assertThat(shifts.week(rosesOwnSpace, day, true)).extracting(ShiftSummary::id).isEmpty();
    }

    @Test
    void overlappingSignUpsAreRefusedAndTouchingShiftsAreFine() {
        var day = anOrdinaryNight();
        var nightShift = shifts.create(space, night(day));
        var earlyMorning = shifts.create(space, form(ShiftKind.DAY_HELP, day.plusDays(1), 5, 9, 1));
        var morning = shifts.create(space, form(ShiftKind.DAY_HELP, day.plusDays(1), 6, 10, 1));
        var evening = shifts.create(space, form(ShiftKind.VISIT, day, 20, 22, 1));
        var sameNight = shifts.create(space, form(ShiftKind.NIGHT, day, 23, 1, 2));

        family.as(rose);
        shifts.signUp(space, nightShift);
        assertThatThrownBy(() -> shifts.signUp(space, earlyMorning)).isInstanceOf(ShiftProblem.class)
                .hasMessage("You already have a shift at that time.");
        assertThatThrownBy(() -> shifts.signUp(space, sameNight)).isInstanceOf(ShiftProblem.class)
                .hasMessage("You already have a shift at that time.");
        shifts.signUp(space, morning); // starts at 06:00, as the night ends
        shifts.signUp(space, evening); // ends at 22:00, as the night starts
        shifts.signUp(space, nightShift); // tapping again changes nothing

        assertThat(shifts.between(space, day, day.plusDays(1), true)).extracting(ShiftSummary::id)
                .containsExactly(evening, nightShift, morning);
        assertThat(summary(nightShift).taken()).isEqualTo(1);
        assertThat(summary(earlyMorning).taken()).isZero();
        assertThat(summary(sameNight).taken()).isZero();
        // Someone else may still take the refused ones.
        family.as(leo);
        shifts.signUp(space, earlyMorning);
        assertThat(summary(earlyMorning).helpers()).containsExactly("you"); // Leo reads himself as "you"
    }

    @Test
    void oneBookingAtATimeHoldsAcrossBothOfHerFamilies() {
        var day = anOrdinaryNight();
        var nightInNewYork = shifts.create(space, night(day));
        // Rose's sister's family in Helsinki: 09:00 to 11:00 there is 02:00 to 04:00 or so in New York.
        var sister = family.stranger("Sister");
        family.as(sister);
        var otherFamily = families.createSpace(SpaceForm.named("The Lind family", HELSINKI.getId()));
        family.join(sister, otherFamily, rose, FamilyRole.SUPPORTER);
        family.as(sister);
        var morningInHelsinki = shifts.create(otherFamily, form(ShiftKind.DAY_HELP, day.plusDays(1), 9, 11, 1));
        var afternoonInHelsinki = shifts.create(otherFamily, form(ShiftKind.DAY_HELP, day.plusDays(1), 14, 16, 1));

        family.as(rose);
        shifts.signUp(space, nightInNewYork);
        assertThatThrownBy(() -> shifts.signUp(otherFamily, morningInHelsinki)).isInstanceOf(ShiftProblem.class)
                .hasMessage("You already have a shift at that time.");
        shifts.signUp(otherFamily, afternoonInHelsinki); // 14:00 in Helsinki is after 06:00 in New York

        family.as(sister);
        assertThat(shifts.shift(otherFamily, morningInHelsinki).shift().taken()).isZero();
        assertThat(shifts.shift(otherFamily, afternoonInHelsinki).shift().helpers()).containsExactly("Rose");
    }

    @Test
    void withdrawingFreesThePlaceForSomeoneElse() {
        var day = anOrdinaryNight();
        var id = shifts.create(space, night(day));
        family.as(rose);
        shifts.signUp(space, id);
        family.as(leo);
        assertThatThrownBy(() -> shifts.signUp(space, id)).isInstanceOf(ShiftProblem.class)
                .hasMessage("This shift is already covered. Thank you all the same!");
        assertThat(shifts.shift(space, id).maySignUp()).isFalse();

        family.as(rose);
        shifts.withdraw(space, id);
        assertThat(summary(id).taken()).isZero();
        assertThat(summary(id).helpers()).isEmpty();
        assertThat(shifts.between(space, day, day, true)).isEmpty();
        assertThatThrownBy(() -> shifts.withdraw(space, id)).isInstanceOf(ShiftProblem.class)
                .hasMessage("You're not signed up for this shift.");
        assertThat(summary(id).taken()).isZero();

        family.as(leo);
        assertThat(shifts.shift(space, id).maySignUp()).isTrue();
        shifts.signUp(space, id);
        assertThat(summary(id).helpers()).containsExactly("you"); // Leo reads himself as "you"
        assertThat(summary(id).isFilled()).isTrue();
    }

    @Test
    void aCancelledShiftLeavesTheWeekAndFreesItsHelpers() {
        var day = anOrdinaryNight();
        var cancelled = shifts.create(space, night(day));
        var kept = shifts.create(space, form(ShiftKind.DAY_HELP, day, 9, 12, 1));
        family.as(rose);
        shifts.signUp(space, cancelled);
        assertThatThrownBy(() -> shifts.cancel(space, cancelled)).isInstanceOf(ShiftProblem.class)
                .hasMessage("Only organizers can cancel this shift.");

        family.as(maya);
        shifts.cancel(space, cancelled);

        assertThat(shifts.between(space, day, day, false)).extracting(ShiftSummary::id).containsExactly(kept);
        assertThat(shifts.week(space, day, false)).extracting(ShiftSummary::id).containsExactly(kept);
        assertThatThrownBy(() -> shifts.shift(space, cancelled)).isInstanceOf(ShiftProblem.class)
                .hasMessage("That shift was cancelled.");
        family.as(rose);
        assertThat(shifts.week(space, day, true)).isEmpty();
        assertThatThrownBy(() -> shifts.signUp(space, cancelled)).isInstanceOf(ShiftProblem.class)
                .hasMessage("That shift was cancelled.");
        // Her place on the cancelled night no longer holds her.
        family.as(maya);
        var instead = shifts.create(space, night(day));
        family.as(rose);
        shifts.signUp(space, instead);
        assertThat(shifts.week(space, day, true)).extracting(ShiftSummary::id).containsExactly(instead);
    }

    @Test
    void capacityCannotBeEditedBelowThePlacesTaken() {
        var day = anOrdinaryNight();
        var id = shifts.create(space, form(ShiftKind.DAY_HELP, day, 9, 12, 2));
        family.as(rose);
        shifts.signUp(space, id);
        family.as(leo);
        shifts.signUp(space, id);

        family.as(maya);
        assertThatThrownBy(() -> shifts.edit(space, id, form(ShiftKind.DAY_HELP, day, 9, 12, 1)))
                .isInstanceOf(ShiftProblem.class)
                .hasMessage("2 people have signed up; ask someone to withdraw first.");
        assertThat(summary(id).capacity()).isEqualTo(2);
        assertThat(summary(id).taken()).isEqualTo(2);

        shifts.edit(space, id, form(ShiftKind.DAY_HELP, day, 9, 12, 3));
        assertThat(summary(id).capacity()).isEqualTo(3);
        assertThat(summary(id).openPlaces()).isEqualTo(1);
    }

    @Test
    void movingAShiftMovesItsHelpersBookingsWithIt() {
        var day = anOrdinaryNight();
        var id = shifts.create(space, form(ShiftKind.DAY_HELP, day, 10, 12, 1));
        var atTheOldTime = shifts.create(space, form(ShiftKind.DAY_HELP, day, 10, 12, 1));
        var atTheNewTime = shifts.create(space, form(ShiftKind.VISIT, day, 15, 17, 1));
        family.as(rose);
        shifts.signUp(space, id);

        family.as(maya);
        shifts.edit(space, id, form(ShiftKind.DAY_HELP, day, 14, 16, 1));
        assertThat(summary(id).helpers()).containsExactly("Rose");
        assertThat(summary(id).start().toLocalTime()).isEqualTo(LocalTime.of(14, 0));

        family.as(rose);
        shifts.signUp(space, atTheOldTime);
        assertThatThrownBy(() -> shifts.signUp(space, atTheNewTime)).isInstanceOf(ShiftProblem.class)
                .hasMessage("You already have a shift at that time.");
    }

    @Test
    void aShiftCannotBeMovedOntoAnotherShiftOfOneOfItsHelpers() {
        var day = anOrdinaryNight();
        var id = shifts.create(space, form(ShiftKind.DAY_HELP, day, 10, 12, 1));
        var afternoon = shifts.create(space, form(ShiftKind.VISIT, day, 15, 17, 1));
        family.as(rose);
        shifts.signUp(space, id);
        shifts.signUp(space, afternoon);

        family.as(maya);
        assertThatThrownBy(() -> shifts.edit(space, id, form(ShiftKind.DAY_HELP, day, 14, 16, 1)))
                .isInstanceOf(ShiftProblem.class)
                .hasMessage("Someone on this shift has another shift at the new time.");
        assertThat(summary(id).start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        // Moving it within its own time is fine: her own booking does not count against her.
        shifts.edit(space, id, form(ShiftKind.DAY_HELP, day, 11, 13, 1));
        assertThat(summary(id).start().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void onlyOrganizersCreateEditAndCancel() {
        var day = anOrdinaryNight();
        var id = shifts.create(space, night(day));
        family.as(rose);
        assertThatThrownBy(() -> shifts.create(space, night(day))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> shifts.edit(space, id, night(day.plusDays(1))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(summary(id).mayChange()).isFalse();
        family.as(maya);
        assertThat(summary(id).mayChange()).isTrue();
        assertThat(shifts.between(space, day, day.plusDays(1), false)).hasSize(1);
    }
}
