package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Input the rules refuse, each with the one message that tells her what to fix, and nothing stored. */
@IntegrationTest
class ShiftInputTest {

    static final LocalTime TEN_PM = LocalTime.of(22, 0);
    static final LocalTime SIX_AM = LocalTime.of(6, 0);

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired HandoffService handoffService;
    @Autowired RestService restService;
    @Autowired JdbcTemplate jdbc;

    VillageUser maya;
    VillageUser rose;
    SpaceId space;
    LocalDate day = LocalDate.now().plusDays(3);

    @BeforeEach
    void aFamily() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        space = family.space();
        family.as(maya);
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where space_id = ?", Integer.class, space.value());
    }

    static void assertRefused(Runnable call, Object input, String message) {
        assertThatThrownBy(call::run).as("%s", input)
                .isInstanceOfSatisfying(ConstraintViolationException.class, refusal -> assertThat(
                        refusal.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                        .as("%s", input).containsExactly(message));
    }

    Map<ShiftForm, String> badShifts() {
        var forms = new LinkedHashMap<ShiftForm, String>();
        forms.put(new ShiftForm(ShiftKind.NIGHT, day, TEN_PM, day, SIX_AM, 1, ""),
                "The end should be after the start.");
        forms.put(new ShiftForm(ShiftKind.NIGHT, day, TEN_PM, null, TEN_PM, 1, ""),
                "The end should be after the start.");
        forms.put(new ShiftForm(ShiftKind.DAY_HELP, day, LocalTime.of(8, 0), day.plusDays(21), LocalTime.of(10, 0), 1,
                ""), "A shift can be at most 24 hours. Split longer help into several shifts.");
        forms.put(new ShiftForm(ShiftKind.DAY_HELP, day, LocalTime.of(8, 0), day.plusDays(1), LocalTime.of(9, 0), 1,
                ""), "A shift can be at most 24 hours. Split longer help into several shifts.");
        forms.put(new ShiftForm(ShiftKind.NIGHT, day, TEN_PM, null, SIX_AM, 0, ""),
                "A shift needs between 1 and 20 helpers.");
        forms.put(new ShiftForm(ShiftKind.NIGHT, day, TEN_PM, null, SIX_AM, 1000, ""),
                "A shift needs between 1 and 20 helpers.");
        forms.put(new ShiftForm(ShiftKind.NIGHT, day, TEN_PM, null, SIX_AM, 1, "<b>x</b>"),
                "Please use plain text, without < or > characters.");
        forms.put(new ShiftForm(ShiftKind.NIGHT, day, TEN_PM, null, SIX_AM, 1, "n".repeat(2001)),
                "Please keep the notes to 2,000 characters or fewer.");
        forms.put(new ShiftForm(ShiftKind.NIGHT, day.plusYears(200), TEN_PM, null, SIX_AM, 1, ""),
                "Please choose a day within a year of today.");
        forms.put(new ShiftForm(null, day, TEN_PM, null, SIX_AM, 1, ""), "Please choose what kind of shift this is.");
        return forms;
    }

    @Test
    void badShiftsAreRefusedWithWhatToFixAndStoreNothing() {
        badShifts().forEach((form, message) -> assertRefused(() -> shifts.create(space, form), form, message));

        assertThat(rows("care_shift")).isZero();
        // The longest allowed: a full day, and twenty helpers.
        shifts.create(space, new ShiftForm(ShiftKind.DAY_HELP, day, LocalTime.of(8, 0), day.plusDays(1),
                LocalTime.of(8, 0), 20, "n".repeat(2000)));
        assertThat(rows("care_shift")).isOne();
    }

    @Test
    void badShiftsLeaveAnExistingShiftAsItWas() {
        var id = shifts.create(space, new ShiftForm(ShiftKind.NIGHT, day, TEN_PM, null, SIX_AM, 2, "Bottles ready"));
        var before = shifts.shift(space, id);

        badShifts().forEach((form, message) -> assertRefused(() -> shifts.edit(space, id, form), form, message));

        assertThat(shifts.shift(space, id)).isEqualTo(before);
    }

    @Test
    void badBreaksAndOffersAreRefusedAndStoreNothing() {
        var breaks = new LinkedHashMap<RespiteRequest, String>();
        breaks.put(new RespiteRequest(day.plusYears(200), LocalTime.of(10, 0), LocalTime.of(12, 0), RestActivity.WALK,
                ""), "Please choose a day within a year of today.");
        breaks.put(new RespiteRequest(day, LocalTime.of(10, 0), LocalTime.of(12, 0), RestActivity.WALK, "<b>x</b>"),
                "Please use plain text, without < or > characters.");
        breaks.put(new RespiteRequest(day, LocalTime.of(10, 0), LocalTime.of(10, 0), RestActivity.WALK, ""),
                "The end should be after the start.");
        breaks.put(new RespiteRequest(day, LocalTime.of(10, 0), LocalTime.of(12, 0), null, ""),
                "Please choose what you'd like to do.");
        breaks.put(new RespiteRequest(day, LocalTime.of(10, 0), LocalTime.of(12, 0), RestActivity.WALK,
                "n".repeat(501)), "Please keep the note to 500 characters or fewer.");
        breaks.forEach((request, message) -> assertRefused(() -> breakService.askForBreak(space, request), request, message));

        family.as(rose);
        var offers = new LinkedHashMap<RespiteOfferForm, String>();
        offers.put(new RespiteOfferForm(day.plusYears(200), LocalTime.of(10, 0), LocalTime.of(12, 0), ""),
                "Please choose a day within a year of today.");
        offers.put(new RespiteOfferForm(day, LocalTime.of(10, 0), LocalTime.of(12, 0), "<b>x</b>"),
                "Please use plain text, without < or > characters.");
        offers.put(new RespiteOfferForm(day, LocalTime.of(10, 0), LocalTime.of(12, 0), "n".repeat(501)),
                "Please keep the note to 500 characters or fewer.");
        offers.put(new RespiteOfferForm(day, LocalTime.of(10, 0), LocalTime.of(10, 0), ""),
                "The end should be after the start.");
        offers.forEach((form, message) -> assertRefused(() -> breakService.offerRespite(space, form), form, message));

        assertThat(rows("care_shift")).isZero();
        assertThat(rows("respite_offer")).isZero();
        assertThat(breakService.openOffers(space)).isEmpty();
    }

    @Test
    void aSleepWindowOfNoTimeOrMostOfTheDayIsRefused() {
        var windows = new SleepWindowForm[] {
                new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(23, 0)),
                new SleepWindowForm(LocalTime.of(2, 0), LocalTime.of(22, 0)),
                new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(23, 30)),
        };
        for (var window : windows) {
            assertRefused(() -> restService.setSleepWindow(space, window), window,
                    "A sleep window is between 1 and 12 hours.");
        }

        assertThat(restService.sleepCover(space).isSet()).isFalse();
        assertThat(restService.sleepCover(space).nights()).isEmpty();
        assertThat(rows("sleep_window")).isZero();
        assertThat(rows("care_shift")).isZero();
    }

    @Test
    void badHandoffsAreRefusedAndStoreNothing() {
        var id = shifts.create(space, ShiftForm.of(ShiftKind.NIGHT, day, TEN_PM, SIX_AM));
        family.as(rose);
        shifts.signUp(space, id);
        var handoffs = new LinkedHashMap<HandoffForm, String>();
        handoffs.put(new HandoffForm(null, "", "", "", "w".repeat(2001), ""),
                "Please keep this to 2,000 characters or fewer.");
        handoffs.put(new HandoffForm(null, "", "", "", "", "t".repeat(2001)),
                "Please keep this to 2,000 characters or fewer.");
        handoffs.put(new HandoffForm(null, "", "", "s".repeat(501), "", ""),
                "Please keep this to 500 characters or fewer.");
        handoffs.put(new HandoffForm(null, "", "<b>x</b>", "", "", ""),
                "Please use plain text, without < or > characters.");
        handoffs.put(new HandoffForm(null, "", "", "", "<b>x</b>", ""),
                "Please use plain text, without < or > characters.");
        handoffs.put(new HandoffForm(null, "", "", "", "", ""), "Please fill in at least one part of the handoff.");
        handoffs.put(new HandoffForm(null, " ", "  ", "\n", "\t", " "),
                "Please fill in at least one part of the handoff.");
        handoffs.forEach((form, message) -> assertRefused(() -> handoffService.writeHandoff(space, id, form), form, message));

        assertThat(rows("handoff_note")).isZero();
        assertThat(shifts.shift(space, id).handoffs()).isEmpty();
        assertThat(handoffService.latestHandoffs(space, 20)).isEmpty();
    }

    @Test
    void aCalendarOfAtMostTwoMonthsAtATime() {
        assertThatThrownBy(() -> shifts.between(space, day, day.minusDays(1), false)).isInstanceOf(ShiftProblem.class)
                .hasMessage("Please choose up to two months at a time.");
        assertThatThrownBy(() -> shifts.between(space, day, day.plusDays(63), false)).isInstanceOf(ShiftProblem.class)
                .hasMessage("Please choose up to two months at a time.");
        assertThat(shifts.between(space, day, day.plusDays(62), false)).isEmpty();
    }
}
