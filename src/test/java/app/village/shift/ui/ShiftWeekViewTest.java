package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShiftWeekViewTest extends ShiftUiTest {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMMM d", Locale.US);

    private ShiftWeekView openWeek(app.village.security.VillageUser who, Family family) {
        open(who, ShiftNavigation.shiftsPath(family.spaceId()));
        return _get(ShiftWeekView.class);
    }

    private LocalDate monday() {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String weekLabel(ShiftWeekView view) {
        return view.week.getElement().getAttribute("aria-label");
    }

    @Test
    void anOrganizersShiftShowsOnItsDayWithOnePlaceOpenAndSignUp() {
        var family = newFamily("The Rivera family");
        var thursday = today().plusDays(1);
        organizerAdds(family, ShiftKind.DAY_HELP, thursday, LocalTime.of(10, 0), LocalTime.of(14, 0));

        var view = openWeek(family.supporter(), family);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Shifts");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Shifts · The Rivera family · Village");
        assertThat(weekLabel(view)).isEqualTo("Week of " + WEEK.format(monday()));
        var card = card(dayColumn(thursday), "Day help");
        assertThat(textOf(card)).contains("10:00 AM to 2:00 PM", "1 place open", "Nobody yet");
        assertThat(card.signUp.isAttached()).isTrue();
        assertThat(buttonTexts(card)).containsExactly("Sign up");
        assertThat(cards(dayColumn(today()))).isEmpty();
        assertThat(textOf(dayColumn(today()))).startsWith("Today, ").contains("No shifts");
        assertThat(cards(view)).hasSize(1);
    }

    @Test
    void theFamilysTimeZoneIsNamedOnThePage() {
        var family = newFamily("The Rivera family");

        var view = openWeek(family.supporter(), family);

        assertThat(textOf(view)).contains("Times are in the family's time zone: Helsinki (");
    }

    @Test
    void aShiftCrossingMidnightSaysItEndsTheNextDay() {
        var family = newFamily("The Rivera family");
        organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));

        var view = openWeek(family.supporter(), family);

        assertThat(textOf(card(dayColumn(today()), "Night shift"))).contains("10:00 PM to 6:00 AM (next day)");
        assertThat(cards(dayColumn(today().plusDays(1)))).as("it shows on the day it starts only").isEmpty();
        assertThat(cards(view)).hasSize(1);
    }

    @Test
    void tappingSignUpMakesTheShiftHersWithWithdraw() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        openWeek(family.supporter(), family);

        _click(card(dayColumn(today()), "Night shift").signUp);

        NotificationsKt.expectNotifications("You're on it. Thank you!");
        var card = card(dayColumn(today()), "Night shift");
        assertThat(textOf(card)).contains("You're on it").doesNotContain("1 place open");
        assertThat(buttonTexts(card)).containsExactly("Withdraw");
        assertThat(card.withdraw.getElement().getAttribute("aria-label")).startsWith("Withdraw: Night shift");
        assertThat(weekAs(family.supporter(), family, today())).singleElement().satisfies(shift -> {
            assertThat(shift.id()).isEqualTo(night);
            assertThat(shift.mine()).isTrue();
            assertThat(shift.taken()).isEqualTo(1);
        });
    }

    @Test
    void withdrawingOpensThePlaceAgain() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        signsUp(family.supporter(), family, night);
        openWeek(family.supporter(), family);

        _click(card(dayColumn(today()), "Night shift").withdraw);
        _click(_get(Button.class, spec -> spec.withText("Yes, withdraw")));

        NotificationsKt.expectNotifications("You've withdrawn. The place is open again.");
        var card = card(dayColumn(today()), "Night shift");
        assertThat(textOf(card)).contains("1 place open", "Nobody yet");
        assertThat(buttonTexts(card)).containsExactly("Sign up");
        assertThat(weekAs(family.supporter(), family, today())).singleElement()
                .satisfies(shift -> assertThat(shift.taken()).isZero());
    }

    @Test
    void onlyMyShiftsLeavesOutTheOthersAndBringsThemBack() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(10, 0), LocalTime.of(14, 0));
        organizerAdds(family, ShiftKind.VISIT, today().plusDays(2), LocalTime.of(15, 0), LocalTime.of(16, 0));
        signsUp(family.supporter(), family, night);
        var view = openWeek(family.supporter(), family);
        assertThat(titles(cards(view))).containsExactly("Night shift", "Day help", "Visit");

        _setValue(view.onlyMine, true);

        assertThat(titles(cards(view))).containsExactly("Night shift");
        assertThat(textOf(dayColumn(today().plusDays(1)))).contains("None of yours");

        _setValue(view.onlyMine, false);

        assertThat(titles(cards(view))).containsExactly("Night shift", "Day help", "Visit");
    }

    @Test
    void nextAndPreviousWeekMoveAWeekAtATime() {
        var family = newFamily("The Rivera family");
        organizerAdds(family, ShiftKind.DAY_HELP, today(), LocalTime.of(14, 0), LocalTime.of(16, 0));
        var nextThursday = today().plusWeeks(1).plusDays(1);
        organizerAdds(family, ShiftKind.VISIT, nextThursday, LocalTime.of(15, 0), LocalTime.of(16, 0));
        var lastTuesday = today().minusWeeks(1).minusDays(1);
        organizerAdds(family, ShiftKind.NIGHT, lastTuesday, LocalTime.of(22, 0), LocalTime.of(6, 0));
        var view = openWeek(family.supporter(), family);
        assertThat(titles(cards(view))).containsExactly("Day help");

        _click(view.nextWeek);

        assertThat(weekLabel(view)).isEqualTo("Week of " + WEEK.format(monday().plusWeeks(1)));
        assertThat(titles(cards(view))).containsExactly("Visit");
        assertThat(titles(cards(dayColumn(nextThursday)))).containsExactly("Visit");
        assertThat(textOf(view)).doesNotContain("Today, ");

        _click(view.previousWeek);
        _click(view.previousWeek);

        assertThat(weekLabel(view)).isEqualTo("Week of " + WEEK.format(monday().minusWeeks(1)));
        var past = card(dayColumn(lastTuesday), "Night shift");
        assertThat(buttonTexts(past)).as("a shift that is over can't be taken").isEmpty();

        _click(view.thisWeek);

        assertThat(weekLabel(view)).isEqualTo("Week of " + WEEK.format(monday()));
        assertThat(titles(cards(view))).containsExactly("Day help");
    }

    @Test
    void aShiftThatIsAlreadyOverOffersNoSignUp() {
        var family = newFamily("The Rivera family");
        organizerAdds(family, ShiftKind.DAY_HELP, today(), LocalTime.of(8, 0), LocalTime.of(10, 0));
        organizerAdds(family, ShiftKind.VISIT, today(), LocalTime.of(11, 0), LocalTime.of(13, 0));

        var view = openWeek(family.supporter(), family);

        assertThat(titles(cards(dayColumn(today())))).containsExactly("Day help", "Visit");
        assertThat(buttonTexts(card(view, "Day help"))).as("8 to 10 this morning is over at noon").isEmpty();
        assertThat(buttonTexts(card(view, "Visit"))).as("11 to 1 is still running").containsExactly("Sign up");
    }

    @Test
    void aViewerSeesTheShiftsButNoSignUp() {
        var family = newFamily("The Rivera family");
        organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));

        var view = openWeek(family.viewer(), family);

        var card = card(dayColumn(today()), "Night shift");
        assertThat(textOf(card)).contains("1 place open");
        _assertNone(view, Button.class, spec -> spec.withText("Sign up"));
        assertThat(buttonTexts(card)).isEmpty();
        assertThat(linkTexts(view)).doesNotContain("Add a shift").contains("Her rest and sleep");
    }

    @Test
    void anOrganizerSeesAddAShift() {
        var family = newFamily("The Rivera family");

        var view = openWeek(family.organizer(), family);

        assertThat(linkTexts(view)).contains("Add a shift");
        assertThat(_get(view, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Add a shift"))
                .getHref()).isEqualTo("family/" + family.spaceId() + "/shifts/new");
    }

    @Test
    void aFullShiftOffersNoSignUpToASecondSupporter() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        signsUp(family.supporter(), family, night);

        var view = openWeek(family.secondSupporter(), family);

        var card = card(dayColumn(today()), "Night shift");
        assertThat(textOf(card)).contains("Covered", "Grandma Rose").doesNotContain("place open");
        assertThat(buttonTexts(card)).isEmpty();
        _assertNone(view, Button.class, spec -> spec.withText("Sign up"));
    }

    @Test
    void signingUpForAShiftSomeoneJustFilledSaysItIsCoveredAndShowsNoErrorPage() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        openWeek(family.secondSupporter(), family);
        var signUp = card(dayColumn(today()), "Night shift").signUp;

        // Rose takes the last place from her phone while the page is open on Lena's.
        signsUp(family.supporter(), family, night);
        as(family.secondSupporter());
        _click(signUp);

        NotificationsKt.expectNotifications("This shift is already covered. Thank you all the same!");
        _get(ShiftWeekView.class);
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/shifts");
        assertThat(everythingInThePage()).doesNotContain("Something went wrong", "We couldn't find that page");
        var card = card(dayColumn(today()), "Night shift");
        assertThat(textOf(card)).contains("Covered", "Grandma Rose");
        assertThat(buttonTexts(card)).isEmpty();
        assertThat(weekAs(family.secondSupporter(), family, today())).singleElement().satisfies(shift -> {
            assertThat(shift.mine()).isFalse();
            assertThat(shift.taken()).isEqualTo(1);
            assertThat(shift.helpers()).containsExactly("Grandma Rose");
        });
    }

    @Test
    void aSecondPlaceIsStillOpenAfterTheFirstIsTaken() {
        var family = newFamily("The Rivera family");
        var visit = organizerAdds(family, new ShiftForm(ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(9, 0),
                null, LocalTime.of(12, 0), 2, ""));
        signsUp(family.supporter(), family, visit);

        openWeek(family.secondSupporter(), family);

        var card = card(dayColumn(today().plusDays(1)), "Day help");
        assertThat(textOf(card)).contains("1 place open", "Grandma Rose");
        _click(card.signUp);

        NotificationsKt.expectNotifications("You're on it. Thank you!");
        assertThat(weekAs(family.mother(), family, today())).singleElement()
                .satisfies(shift -> assertThat(shift.helpers()).containsExactlyInAnyOrder("Grandma Rose", "Aunt Lena"));
    }

    @Test
    void signingUpForAShiftOverlappingHerOwnIsRefusedInWords() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(5, 0), LocalTime.of(9, 0));
        signsUp(family.supporter(), family, night);
        openWeek(family.supporter(), family);

        _click(card(dayColumn(today().plusDays(1)), "Day help").signUp);

        NotificationsKt.expectNotifications("You already have a shift at that time.");
        assertThat(everythingInThePage()).doesNotContain("Something went wrong");
        var morning = card(dayColumn(today().plusDays(1)), "Day help");
        assertThat(textOf(morning)).contains("1 place open");
        assertThat(buttonTexts(morning)).containsExactly("Sign up");
        assertThat(weekAs(family.supporter(), family, today())).filteredOn(ShiftSummary::mine)
                .extracting(ShiftSummary::id).containsExactly(night);
    }

    @Test
    void anEmptyWeekSaysSoOnceWithTheNextStepForEachRole() {
        var family = newFamily("The Rivera family");

        var mothers = openWeek(family.mother(), family);
        assertThat(mothers.emptyWeek.isVisible()).isTrue();
        // Once at the top, not again under each of the seven days.
        for (var day = monday(); day.isBefore(monday().plusDays(7)); day = day.plusDays(1)) {
            assertThat(textOf(dayColumn(day))).doesNotContain("No shifts");
        }
        assertThat(mothers.emptyWeek.getText()).isEqualTo("No shifts this week yet. Add one, or set your sleep window "
                + "under \"My rest and sleep\" so your nights open up for someone to take.");
        assertThat(openWeek(family.organizer(), family).emptyWeek.getText())
                .isEqualTo("No shifts this week yet. Add the first one.");
        var supporters = openWeek(family.supporter(), family);
        assertThat(supporters.emptyWeek.getText()).isEqualTo("No shifts this week yet.");

        organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        supporters = openWeek(family.supporter(), family);
        assertThat(supporters.emptyWeek.isVisible()).isFalse();
        _setValue(supporters.onlyMine, true);
        assertThat(supporters.emptyWeek.getText()).isEqualTo("You're not on any shift this week.");
        assertThat(textOf(dayColumn(today()))).doesNotContain("None of yours");
    }
}
