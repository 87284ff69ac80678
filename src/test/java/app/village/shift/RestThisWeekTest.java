package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Her rest this week: hours of filled breaks and night shifts, and covered nights, in the family's Monday to
 * Sunday. The family lives in Kolkata (UTC+05:30, no clock changes): early on its Monday it is still Sunday in
 * UTC, so a week computed in the wrong zone shows up.
 */
@IntegrationTest
class RestThisWeekTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @RegisterExtension final FamilyFixture family = new FamilyFixture().named("The Rao family").inZone(KOLKATA.getId());

    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired RestService restService;
    @Autowired MutableClock clock;

    LocalDate monday;
    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    SpaceId space;

    @BeforeEach
    void aFamilyInKolkataOnTheSundayBefore() {
        monday = LocalDate.now(KOLKATA).plusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        clock.set(at(monday.minusDays(1), 8, 0));
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        space = family.space();
        family.as(maya);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), KOLKATA).toInstant();
    }

    ShiftId shift(ShiftKind kind, LocalDate day, int from, int to, int capacity) {
        family.as(maya);
        return shifts.create(space,
                new ShiftForm(kind, day, LocalTime.of(from, 0), null, LocalTime.of(to, 0), capacity, ""));
    }

    void signUp(VillageUser who, ShiftId shiftId) {
        family.as(who);
        shifts.signUp(space, shiftId);
    }

    RestWeek restAt(Instant now) {
        clock.set(now);
        family.as(maya);
        return restService.restThisWeek(space);
    }

    @Test
    void filledBreaksAndNightsOfHerWeekCountAndNothingElse() {
        var tuesday = monday.plusDays(1);
        var wednesday = monday.plusDays(2);
        var sunday = monday.plusDays(6);
        // Counted: a 2.5-hour break Rose covers, Wednesday's night Leo covers, Sunday's night both cover.
        family.as(maya);
        var nap = breakService.askForBreak(space, new RespiteRequest(wednesday, LocalTime.of(14, 0), LocalTime.of(16, 30),
                RestActivity.SLEEP, ""));
        signUp(rose, nap);
        signUp(leo, shift(ShiftKind.NIGHT, wednesday, 22, 6, 1));
        var sundayNight = shift(ShiftKind.NIGHT, sunday, 22, 6, 2);
        signUp(rose, sundayNight);
        signUp(leo, sundayNight);
        // Not counted: half-filled, unfilled, day help, cancelled, and the nights of the weeks around it.
        signUp(rose, shift(ShiftKind.NIGHT, monday.plusDays(3), 22, 6, 2));
        family.as(maya);
        breakService.askForBreak(space, new RespiteRequest(monday.plusDays(4), LocalTime.of(10, 0), LocalTime.of(12, 0),
                RestActivity.WALK, ""));
        shift(ShiftKind.NIGHT, monday.plusDays(4), 22, 6, 1);
        signUp(rose, shift(ShiftKind.DAY_HELP, tuesday, 9, 17, 1));
        var cancelled = shift(ShiftKind.NIGHT, tuesday, 22, 6, 1);
        signUp(rose, cancelled);
        family.as(maya);
        shifts.cancel(space, cancelled);
        signUp(leo, shift(ShiftKind.NIGHT, monday.minusDays(1), 22, 6, 1));
        signUp(leo, shift(ShiftKind.NIGHT, monday.plusDays(7), 22, 6, 1));

        // 03:00 on Monday in Kolkata is still Sunday in UTC.
        var earlyMonday = restAt(at(monday, 3, 0));
        assertThat(earlyMonday.monday()).isEqualTo(monday);
        assertThat(earlyMonday.rest()).isEqualTo(Duration.ofMinutes(150).plusHours(16));
        assertThat(earlyMonday.coveredNights()).isEqualTo(2);
        assertThat(restAt(at(sunday, 23, 30))).isEqualTo(earlyMonday);

        var nextWeek = restAt(at(monday.plusDays(7), 1, 0));
        assertThat(nextWeek.monday()).isEqualTo(monday.plusDays(7));
        assertThat(nextWeek.rest()).isEqualTo(Duration.ofHours(8));
        assertThat(nextWeek.coveredNights()).isEqualTo(1);

        var weekBefore = restAt(at(monday.minusDays(1), 12, 0));
        assertThat(weekBefore.monday()).isEqualTo(monday.minusDays(7));
        assertThat(weekBefore.rest()).isEqualTo(Duration.ofHours(8));
        assertThat(weekBefore.coveredNights()).isEqualTo(1);

        // When Rose gives back her place on Sunday's night, that night is no longer covered.
        clock.set(at(monday, 3, 0));
        family.as(rose);
        shifts.withdraw(space, sundayNight);
        var afterWithdrawing = restAt(at(monday, 3, 0));
        assertThat(afterWithdrawing.rest()).isEqualTo(Duration.ofMinutes(150).plusHours(8));
        assertThat(afterWithdrawing.coveredNights()).isEqualTo(1);
    }

    @Test
    void aWeekWithNothingCoveredIsNoRest() {
        shift(ShiftKind.NIGHT, monday.plusDays(2), 22, 6, 1);
        family.as(maya);
        breakService.askForBreak(space, new RespiteRequest(monday.plusDays(3), LocalTime.of(10, 0), LocalTime.of(12, 0),
                RestActivity.SHOWER, ""));

        var rest = restAt(at(monday.plusDays(3), 12, 0));
        assertThat(rest).isEqualTo(new RestWeek(monday, Duration.ZERO, 0));
    }
}
