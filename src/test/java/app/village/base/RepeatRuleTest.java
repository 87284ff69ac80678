package app.village.base;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The days a repeating task or shift falls on, without Spring or a database. */
class RepeatRuleTest {

    private static final LocalDate MONDAY_DEC_7 = LocalDate.of(2026, 12, 7);

    @Test
    void chosenWeekdaysFallOnExactlyThoseDaysEachWeek() {
        var rule = weekly(Set.of(MONDAY, WEDNESDAY, FRIDAY), MONDAY_DEC_7, null);

        assertEquals(days("2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14", "2026-12-16", "2026-12-18"),
                rule.daysBetween(MONDAY_DEC_7, LocalDate.of(2026, 12, 20)));
    }

    @Test
    void aSundayOnlyRuleCrossesTheYearEnd() {
        var rule = weekly(Set.of(SUNDAY), LocalDate.of(2026, 12, 28), null);

        assertEquals(days("2027-01-03", "2027-01-10"),
                rule.daysBetween(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 10)));
        assertEquals(EnumSet.of(SUNDAY), rule.weekdaySet());
    }

    @Test
    void everyDayIncludesTheLeapDayAtTheEndOfFebruary() {
        var rule = new RepeatRule(Repeat.DAILY, Set.of(), 0, LocalDate.of(2028, 2, 27), null);

        assertEquals(days("2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01"),
                rule.daysBetween(LocalDate.of(2028, 2, 27), LocalDate.of(2028, 3, 1)));
    }

    @Test
    void everyFewDaysKeepsItsRhythmAcrossAMonthEndCountedFromTheFirstDay() {
        var rule = everyDays(3, LocalDate.of(2027, 1, 30));

        // Jan 30, Feb 2, Feb 5: January has 31 days, the rhythm does not restart with February.
        assertEquals(days("2027-02-02", "2027-02-05", "2027-02-08"),
                rule.daysBetween(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 10)));
        assertTrue(rule.fallsOn(LocalDate.of(2027, 1, 30)));
        assertFalse(rule.fallsOn(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void aRuleThatDoesNotRepeatFallsOnItsFirstDayOnly() {
        var rule = new RepeatRule(Repeat.NEVER, Set.of(MONDAY), 5, MONDAY_DEC_7, null);

        assertEquals(List.of(MONDAY_DEC_7), rule.daysBetween(MONDAY_DEC_7.minusDays(10), MONDAY_DEC_7.plusDays(30)));
    }

    @Test
    void noDayBeforeTheFirstDayOrAfterTheLastAndTheLastDayItselfCounts() {
        var lastDay = LocalDate.of(2026, 12, 31);
        var rule = new RepeatRule(Repeat.DAILY, Set.of(), 0, MONDAY_DEC_7, lastDay);

        assertFalse(rule.fallsOn(MONDAY_DEC_7.minusDays(1)));
        assertTrue(rule.fallsOn(MONDAY_DEC_7));
        assertTrue(rule.fallsOn(lastDay));
        assertFalse(rule.fallsOn(lastDay.plusDays(1)));
        var days = rule.daysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31));
        assertEquals(MONDAY_DEC_7, days.getFirst());
        assertEquals(lastDay, days.getLast());
        assertEquals(25, days.size());
    }

    @Test
    void aRangeThatEndsBeforeItStartsHasNoDays() {
        var rule = new RepeatRule(Repeat.DAILY, Set.of(), 0, MONDAY_DEC_7, null);

        assertEquals(List.of(), rule.daysBetween(MONDAY_DEC_7.plusDays(5), MONDAY_DEC_7.plusDays(4)));
    }

    @Test
    void endingBeforeADayMakesTheDayBeforeItTheLast() {
        var rule = new RepeatRule(Repeat.DAILY, Set.of(), 0, MONDAY_DEC_7, null);

        rule.endBefore(LocalDate.of(2026, 12, 10));

        assertEquals(LocalDate.of(2026, 12, 9), rule.endsOn());
        assertTrue(rule.fallsOn(LocalDate.of(2026, 12, 9)));
        assertFalse(rule.fallsOn(LocalDate.of(2026, 12, 10)));
    }

    @Test
    void theFirstDayOnOrAfterADayKeepsAnEveryFewDaysRhythm() {
        var rule = everyDays(4, MONDAY_DEC_7);

        assertEquals(MONDAY_DEC_7, rule.firstDayOnOrAfter(MONDAY_DEC_7.minusMonths(6)));
        assertEquals(LocalDate.of(2026, 12, 11), rule.firstDayOnOrAfter(LocalDate.of(2026, 12, 9)));
        assertEquals(LocalDate.of(2026, 12, 15), rule.firstDayOnOrAfter(LocalDate.of(2026, 12, 15)));
        // Across a month end: Dec 31 is day 24 of the rhythm, Jan 4 day 28.
        assertEquals(LocalDate.of(2027, 1, 4), rule.firstDayOnOrAfter(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theFirstDayOnOrAfterADayOfAnyOtherRuleIsThatDay() {
        var daily = new RepeatRule(Repeat.DAILY, Set.of(), 0, MONDAY_DEC_7, null);
        var weekly = weekly(Set.of(MONDAY), MONDAY_DEC_7, null);

        assertEquals(LocalDate.of(2027, 3, 3), daily.firstDayOnOrAfter(LocalDate.of(2027, 3, 3)));
        assertEquals(LocalDate.of(2027, 3, 3), weekly.firstDayOnOrAfter(LocalDate.of(2027, 3, 3)));
    }

    @Test
    void everyFewDaysOnlyCountsForThatKindOfRule() {
        assertEquals(5, everyDays(5, MONDAY_DEC_7).everyDaysOrDefault());
        var weekly = new RepeatRule(Repeat.WEEKLY, Set.of(MONDAY), 5, MONDAY_DEC_7, null);
        assertEquals(RepeatRule.EVERY_DAYS_MIN, weekly.everyDaysOrDefault());
        // Its 5 is not a rhythm: every Monday counts.
        assertTrue(weekly.fallsOn(MONDAY_DEC_7.plusWeeks(1)));
    }

    @Test
    void describesTheRuleInAShortPhrase() {
        assertEquals("Every Mon, Wed, Fri until Jan 9",
                weekly(Set.of(FRIDAY, MONDAY, WEDNESDAY), MONDAY_DEC_7, LocalDate.of(2027, 1, 9)).describe());
        assertEquals("Every day", new RepeatRule(Repeat.DAILY, Set.of(), 0, MONDAY_DEC_7, null).describe());
        assertEquals("Every 3 days", everyDays(3, MONDAY_DEC_7).describe());
        assertEquals("Once", new RepeatRule(Repeat.NEVER, Set.of(), 0, MONDAY_DEC_7, null).describe());
    }

    @Test
    void chosenWeekdaysMustHaveADayBetweenTheFirstAndTheLast() {
        var wednesday = LocalDate.of(2026, 12, 9);
        var saturday = LocalDate.of(2026, 12, 12);

        assertFalse(RepeatRule.hasADay(Repeat.WEEKLY, Set.of(TUESDAY), wednesday, saturday));
        assertTrue(RepeatRule.hasADay(Repeat.WEEKLY, Set.of(TUESDAY, FRIDAY), wednesday, saturday));
        assertTrue(RepeatRule.hasADay(Repeat.WEEKLY, Set.of(TUESDAY), wednesday, saturday.plusDays(3)));
        assertTrue(RepeatRule.hasADay(Repeat.WEEKLY, Set.of(TUESDAY), wednesday, null));
        assertTrue(RepeatRule.hasADay(Repeat.DAILY, Set.of(TUESDAY), wednesday, saturday));
    }

    @Test
    void everyFewDaysAllowsTwoToThirty() {
        assertFalse(RepeatRule.everyDaysAllowed(null));
        assertFalse(RepeatRule.everyDaysAllowed(1));
        assertTrue(RepeatRule.everyDaysAllowed(2));
        assertTrue(RepeatRule.everyDaysAllowed(30));
        assertFalse(RepeatRule.everyDaysAllowed(31));
    }

    private static RepeatRule weekly(Set<DayOfWeek> weekdays, LocalDate startsOn, @Nullable LocalDate endsOn) {
        return new RepeatRule(Repeat.WEEKLY, weekdays, 0, startsOn, endsOn);
    }

    private static RepeatRule everyDays(int days, LocalDate startsOn) {
        return new RepeatRule(Repeat.EVERY_N_DAYS, Set.of(), days, startsOn, null);
    }

    private static List<LocalDate> days(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }
}
