package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.security.VillageUser;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SignedIn;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Her rest this week: hours of filled breaks and night shifts, and covered nights, in the family's Monday to
 * Sunday. The family lives in Kolkata (UTC+05:30, no clock changes): early on its Monday it is still Sunday in
 * UTC, so a week computed in the wrong zone shows up.
 */
@IntegrationTest
class RestThisWeekTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired RestService restService;
    @Autowired MutableClock clock;

    Instant clockBefore;
    LocalDate monday;
    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    UUID space;

    @BeforeEach
    void aFamilyInKolkataOnTheSundayBefore() {
        clockBefore = clock.instant();
        monday = LocalDate.now(KOLKATA).plusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        clock.set(at(monday.minusDays(1), 8, 0));
        var data = new FamilyTestData(accounts, families, invitations);
        maya = data.person("Maya");
        rose = data.person("Rose");
        leo = data.person("Leo");
        as(maya);
        space = families.createSpace(SpaceForm.named("The Rao family", KOLKATA.getId()));
        data.join(maya, space, rose, FamilyRole.SUPPORTER);
        data.join(maya, space, leo, FamilyRole.SUPPORTER);
        as(maya);
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(clockBefore);
        SignedIn.nobody();
    }

    void as(VillageUser user) {
        SignedIn.as(user.accountId(), user.displayName());
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), KOLKATA).toInstant();
    }

    UUID shift(ShiftKind kind, LocalDate day, int from, int to, int capacity) {
        as(maya);
        return shifts.create(space,
                new ShiftForm(kind, day, LocalTime.of(from, 0), null, LocalTime.of(to, 0), capacity, ""));
    }

    void signUp(VillageUser who, UUID shiftId) {
        as(who);
        shifts.signUp(space, shiftId);
    }

    RestWeek restAt(Instant now) {
        clock.set(now);
        as(maya);
        return restService.restThisWeek(space);
    }

    @Test
    void filledBreaksAndNightsOfHerWeekCountAndNothingElse() {
        var tuesday = monday.plusDays(1);
        var wednesday = monday.plusDays(2);
        var sunday = monday.plusDays(6);
        // Counted: a 2.5-hour break Rose covers, Wednesday's night Leo covers, Sunday's night both cover.
        as(maya);
        var nap = breakService.askForBreak(space, new RespiteRequest(wednesday, LocalTime.of(14, 0), LocalTime.of(16, 30),
                RestActivity.SLEEP, ""));
        signUp(rose, nap);
        signUp(leo, shift(ShiftKind.NIGHT, wednesday, 22, 6, 1));
        var sundayNight = shift(ShiftKind.NIGHT, sunday, 22, 6, 2);
        signUp(rose, sundayNight);
        signUp(leo, sundayNight);
        // Not counted: half-filled, unfilled, day help, cancelled, and the nights of the weeks around it.
        signUp(rose, shift(ShiftKind.NIGHT, monday.plusDays(3), 22, 6, 2));
        as(maya);
        breakService.askForBreak(space, new RespiteRequest(monday.plusDays(4), LocalTime.of(10, 0), LocalTime.of(12, 0),
                RestActivity.WALK, ""));
        shift(ShiftKind.NIGHT, monday.plusDays(4), 22, 6, 1);
        signUp(rose, shift(ShiftKind.DAY_HELP, tuesday, 9, 17, 1));
        var cancelled = shift(ShiftKind.NIGHT, tuesday, 22, 6, 1);
        signUp(rose, cancelled);
        as(maya);
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
        as(rose);
        shifts.withdraw(space, sundayNight);
        var afterWithdrawing = restAt(at(monday, 3, 0));
        assertThat(afterWithdrawing.rest()).isEqualTo(Duration.ofMinutes(150).plusHours(8));
        assertThat(afterWithdrawing.coveredNights()).isEqualTo(1);
    }

    @Test
    void aWeekWithNothingCoveredIsNoRest() {
        shift(ShiftKind.NIGHT, monday.plusDays(2), 22, 6, 1);
        as(maya);
        breakService.askForBreak(space, new RespiteRequest(monday.plusDays(3), LocalTime.of(10, 0), LocalTime.of(12, 0),
                RestActivity.SHOWER, ""));

        var rest = restAt(at(monday.plusDays(3), 12, 0));
        assertThat(rest).isEqualTo(new RestWeek(monday, Duration.ZERO, 0));
    }
}
