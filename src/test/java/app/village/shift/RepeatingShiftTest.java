package app.village.shift;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.base.Repeat;
import app.village.base.RepeatForm;
import app.village.family.FamilyRole;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Repeating shifts follow the same rules as repeating tasks: the days of the rule become shifts for four weeks
 * ahead, a job rolls the stretch on, one day can be changed or cancelled on its own, and a change to the series
 * keeps helpers on their days. The family lives in Helsinki and the clock stands on a Monday at noon there.
 */
@IntegrationTest
class RepeatingShiftTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ShiftService shifts;
    @Autowired ShiftSeriesRoller roller;
    @Autowired MutableClock clock;

    LocalDate monday;
    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    SpaceId space;

    @BeforeEach
    void aFamilyOnAMonday() {
        monday = LocalDate.now(HELSINKI).with(TemporalAdjusters.next(MONDAY));
        setClock(monday, 12, 0);
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        space = family.space();
        family.as(maya);
    }

    void setClock(LocalDate day, int hour, int minute) {
        clock.set(ZonedDateTime.of(day, LocalTime.of(hour, minute), HELSINKI).toInstant());
    }

    static ShiftForm night(LocalDate day) {
        return new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(22, 0), null, LocalTime.of(6, 0), 1, "Bottles in the fridge");
    }

    List<ShiftSummary> all(LocalDate from, LocalDate to) {
        family.as(maya);
        return shifts.between(space, from, to, false);
    }

    static List<LocalDate> days(List<ShiftSummary> found) {
        return found.stream().map(shift -> shift.start().toLocalDate()).toList();
    }

    @Test
    void aWeeklyNightShiftBecomesShiftsOnItsWeekdaysForFourWeeksAhead() {
        var created = shifts.createRepeating(space, night(monday), RepeatForm.weekly(Set.of(MONDAY, WEDNESDAY, FRIDAY),
                null));

        var found = all(monday, monday.plusDays(60));
        assertThat(found).extracting(ShiftSummary::id).containsExactlyElementsOf(created);
        // Four weeks and a day ahead: Mondays, Wednesdays and Fridays up to Tuesday four weeks on.
        assertThat(days(found)).hasSize(13).allSatisfy(day -> assertThat(day.getDayOfWeek()).isIn(MONDAY, WEDNESDAY, FRIDAY))
                .first().isEqualTo(monday);
        assertThat(days(found).getLast()).isEqualTo(monday.plusWeeks(4));
        assertThat(found).allSatisfy(shift -> {
            assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
            assertThat(shift.end().toLocalDate()).isEqualTo(shift.start().toLocalDate().plusDays(1));
            assertThat(shift.end().toLocalTime()).isEqualTo(LocalTime.of(6, 0));
            assertThat(shift.notes()).isEqualTo("Bottles in the fridge");
            assertThat(shift.openPlaces()).isEqualTo(1);
        });
        assertThat(shifts.shift(space, created.get(1)).repeats()).isEqualTo("Every Mon, Wed, Fri");
    }

    @Test
    void theDailyJobLaysOutTheNextDaysOnceAndStopsAtTheLastDay() {
        shifts.createRepeating(space, night(monday), RepeatForm.daily(monday.plusDays(40)));
        assertThat(all(monday, monday.plusDays(60))).hasSize(29);

        setClock(monday.plusDays(7), 12, 0);
        roller.rollForward();
        roller.rollForward(); // a second run adds nothing twice
        assertThat(days(all(monday, monday.plusDays(60)))).doesNotHaveDuplicates().hasSize(37);

        setClock(monday.plusDays(30), 12, 0);
        roller.rollForward();
        assertThat(days(all(monday, monday.plusDays(60)))).doesNotHaveDuplicates().hasSize(41)
                .last().isEqualTo(monday.plusDays(40));
    }

    @Test
    void aNightOfTheClockChangeKeepsTheWallClockTimesAndTheRealLength() {
        // The last Sunday of March: in Helsinki the clocks go from 03:00 to 04:00 that night.
        var sunday = LocalDate.of(monday.getYear() + 1, 3, 31).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY));
        var saturday = sunday.minusDays(1);
        setClock(saturday.minusDays(2), 12, 0);

        shifts.createRepeating(space, night(saturday.minusDays(1)), RepeatForm.daily(sunday));

        var found = all(saturday.minusDays(1), sunday);
        assertThat(found).hasSize(3).allSatisfy(shift -> {
            assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
            assertThat(shift.end().toLocalTime()).isEqualTo(LocalTime.of(6, 0));
        });
        assertThat(found).extracting(shift -> Duration.between(shift.start(), shift.end()).toHours())
                .containsExactly(8L, 7L, 8L);
    }

    @Test
    void changingOneDayLetsItStandAloneAndTheSeriesLeavesItBe() {
        var created = shifts.createRepeating(space, night(monday), RepeatForm.daily(monday.plusDays(6)));
        var tuesday = created.get(1);
        shifts.edit(space, tuesday, new ShiftForm(ShiftKind.NIGHT, monday.plusDays(1), LocalTime.of(23, 0), null,
                LocalTime.of(5, 0), 1, "Only this night"));
        var cancelled = created.get(2);
        shifts.cancel(space, cancelled);

        assertThat(shifts.shift(space, tuesday).repeats()).isNull();
        shifts.editSeries(space, created.getFirst(), new ShiftForm(ShiftKind.NIGHT, monday, LocalTime.of(21, 0), null,
                LocalTime.of(5, 0), 1, "New times"), RepeatForm.daily(monday.plusDays(6)));

        var found = all(monday, monday.plusDays(10));
        assertThat(days(found)).containsExactly(monday, monday.plusDays(1), monday.plusDays(3), monday.plusDays(4),
                monday.plusDays(5), monday.plusDays(6));
        assertThat(found).filteredOn(shift -> shift.id().equals(tuesday)).singleElement()
                .satisfies(shift -> assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(23, 0)));
        assertThat(found).filteredOn(shift -> !shift.id().equals(tuesday))
                .allSatisfy(shift -> {
                    assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(21, 0));
                    assertThat(shift.notes()).isEqualTo("New times");
                });
    }

    @Test
    void aChangeToTheSeriesKeepsHelpersOnTheirDaysAndDropsDaysNoLongerInIt() {
        var created = shifts.createRepeating(space, night(monday), RepeatForm.daily(monday.plusDays(6)));
        family.as(rose);
        shifts.signUp(space, created.get(2)); // Wednesday
        shifts.signUp(space, created.get(3)); // Thursday
        family.as(maya);

        shifts.editSeries(space, created.get(2), new ShiftForm(ShiftKind.NIGHT, monday, LocalTime.of(21, 0), null,
                LocalTime.of(7, 0), 1, ""), RepeatForm.weekly(Set.of(MONDAY, WEDNESDAY, FRIDAY), monday.plusDays(6)));

        var found = all(monday, monday.plusDays(10));
        assertThat(days(found)).containsExactly(monday, monday.plusDays(2), monday.plusDays(4));
        var wednesday = found.get(1);
        assertThat(wednesday.id()).isEqualTo(created.get(2));
        assertThat(wednesday.helpers()).containsExactly("Rose");
        assertThat(wednesday.start().toLocalTime()).isEqualTo(LocalTime.of(21, 0));
        family.as(rose);
        assertThat(shifts.between(space, monday, monday.plusDays(10), true)).extracting(ShiftSummary::id)
                .as("Thursday is gone, and her place on it with it").containsExactly(created.get(2));
        assertThatThrownBy(() -> shifts.shift(space, created.get(3))).isInstanceOf(ShiftProblem.class)
                .hasMessage("That shift was cancelled.");
    }

    @Test
    void aChangeThatWouldDoubleBookAHelperChangesNothingAndNamesTheDay() {
        var created = shifts.createRepeating(space, night(monday), RepeatForm.daily(monday.plusDays(6)));
        var evening = shifts.create(space, new ShiftForm(ShiftKind.VISIT, monday.plusDays(2), LocalTime.of(18, 0), null,
                LocalTime.of(21, 30), 1, ""));
        family.as(rose);
        shifts.signUp(space, created.get(2));
        shifts.signUp(space, evening);
        family.as(maya);
        var before = all(monday, monday.plusDays(10));

        assertThatThrownBy(() -> shifts.editSeries(space, created.getFirst(), new ShiftForm(ShiftKind.NIGHT, monday,
                LocalTime.of(20, 0), null, LocalTime.of(6, 0), 1, ""), RepeatForm.daily(monday.plusDays(6))))
                .isInstanceOf(ShiftProblem.class)
                .hasMessage("Someone on this shift has another shift at the new time.")
                // The day comes as data; the editor writes it before the message (RepeatingShiftPagesTest).
                .satisfies(problem -> assertThat(((ShiftProblem) problem).day()).isEqualTo(monday.plusDays(2)));

        assertThat(all(monday, monday.plusDays(10))).isEqualTo(before);
    }

    @Test
    void stoppingEndsTheComingDaysAndKeepsThoseUnderWay() {
        var created = shifts.createRepeating(space, night(monday), RepeatForm.daily(null));
        setClock(monday.plusDays(2), 23, 0); // Wednesday's night is under way
        family.as(rose);
        shifts.signUp(space, created.get(5));
        family.as(maya);

        shifts.stopRepeating(space, created.get(1));

        assertThat(days(all(monday, monday.plusDays(60)))).containsExactly(monday, monday.plusDays(1),
                monday.plusDays(2));
        setClock(monday.plusDays(20), 12, 0);
        roller.rollForward();
        assertThat(all(monday, monday.plusDays(60))).hasSize(3);
        family.as(rose);
        assertThat(shifts.between(space, monday, monday.plusDays(60), true)).isEmpty();
    }

    @Test
    void badRepeatsAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> shifts.createRepeating(space, night(monday), RepeatForm.daily(monday.minusDays(1))))
                .isInstanceOf(ShiftProblem.class).hasMessage("The last day should be on or after the first day.");
        assertThatThrownBy(() -> shifts.createRepeating(space, night(monday), RepeatForm.weekly(Set.of(), null)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Please choose at least one weekday.");
        assertThatThrownBy(() -> shifts.createRepeating(space, night(monday),
                new RepeatForm(Repeat.EVERY_N_DAYS, Set.of(), 31, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Choose between every 2 and every 30 days.");
        assertThatThrownBy(() -> shifts.createRepeating(space, night(monday),
                RepeatForm.weekly(Set.of(FRIDAY), monday.plusDays(2))))
                .isInstanceOf(ShiftProblem.class).hasMessage("No day between the first and the last day fits this pattern.");
        assertThatThrownBy(() -> shifts.createRepeating(space, new ShiftForm(ShiftKind.DAY_HELP, monday,
                LocalTime.of(9, 0), monday.plusDays(1), LocalTime.of(8, 0), 1, ""), RepeatForm.daily(null)))
                .isInstanceOf(ShiftProblem.class).hasMessageContaining("leave \"Ends on\" empty");
        assertThatThrownBy(() -> shifts.createRepeating(space, night(monday), RepeatForm.daily(monday.plusYears(3))))
                .isInstanceOf(ShiftProblem.class).hasMessage("Please choose a last day within two years of the first.");
        family.as(rose);
        assertThatThrownBy(() -> shifts.createRepeating(space, night(monday), RepeatForm.daily(null)))
                .isInstanceOf(NotAllowedException.class);

        assertThat(all(monday.minusDays(1), monday.plusDays(60))).isEmpty();
        roller.rollForward();
        assertThat(all(monday.minusDays(1), monday.plusDays(60))).isEmpty();
    }

    @Test
    void aShiftCannotBeMovedToATimeThatIsOver() {
        var created = shifts.createRepeating(space, night(monday), RepeatForm.daily(monday.plusDays(2)));
        family.as(rose);
        shifts.signUp(space, created.get(1));
        family.as(maya);

        assertThatThrownBy(() -> shifts.edit(space, created.get(1), night(monday.minusDays(2))))
                .isInstanceOf(ShiftProblem.class).hasMessage("That time is over. Please choose a time still to come.");

        assertThat(shifts.shift(space, created.get(1)).shift().start().toLocalDate()).isEqualTo(monday.plusDays(1));
        assertThat(shifts.shift(space, created.get(1)).repeats()).as("still a day of the series").isNotNull();
    }

    @Test
    void theEditorGetsTheDayAndTheSeriesAsTheyWereWritten() {
        var created = shifts.createRepeating(space, night(monday), RepeatForm.weekly(Set.of(MONDAY, FRIDAY), null));

        var editing = shifts.forEditing(space, created.get(1));

        assertThat(editing.form()).isEqualTo(night(monday.plusDays(4)));
        assertThat(editing.repeats()).isTrue();
        assertThat(editing.seriesForm()).isEqualTo(night(monday));
        assertThat(editing.repeat()).isEqualTo(RepeatForm.weekly(Set.of(MONDAY, FRIDAY), null));
        // A whole day: the only shift whose end needs its own day in the editor.
        var wholeDay = new ShiftForm(ShiftKind.DAY_HELP, monday, LocalTime.of(9, 0), monday.plusDays(1),
                LocalTime.of(9, 0), 2, "");
        var once = shifts.create(space, wholeDay);
        assertThat(shifts.forEditing(space, once).form()).isEqualTo(wholeDay);
        assertThat(shifts.forEditing(space, once).repeats()).isFalse();
    }
}
