package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.ui.CareTaskNavigation;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftSummary;
import app.village.shift.SleepWindowForm;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Giving back a night the mother counts on, and stopping her protected sleep, ask first and say what she
 * loses; nothing changes until the person confirms.
 */
class ConfirmBeforeSheLosesRestTest extends ShiftUiTest {

    /** Maya sleeps 23:00 to 04:00; Grandma Rose takes tonight's night. Returns tonight's shift. */
    private UUID roseOnMayasNightTonight(Family family) {
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        var tonight = restService.sleepCover(family.spaceId()).nights().getFirst().shiftId();
        signsUp(family.supporter(), family, tonight);
        return tonight;
    }

    private ShiftSummary tonightAs(Family family) {
        return weekAs(family.mother(), family, today()).stream().filter(ShiftSummary::protectedSleep)
                .filter(shift -> shift.start().toLocalDate().equals(today())).findFirst().orElseThrow();
    }

    @Test
    void withdrawingFromHerNightSaysSheWillHaveNoOneAndStayingOnChangesNothing() {
        var family = newFamily("The Rivera family");
        roseOnMayasNightTonight(family);
        open(family.supporter(), ShiftNavigation.shiftsPath(family.spaceId()));

        _click(card(dayColumn(today()), "Night shift: her sleep").withdraw);

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Withdraw from tonight's night?");
        assertThat(textOf(dialog)).contains(
                "Maya will have no one on tonight's night. The place opens for someone else to take.");
        assertThat(tonightAs(family).taken()).as("nothing changes before she confirms").isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withText("Stay on it")));

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNoNotifications();
        assertThat(tonightAs(family).helpers()).containsExactly("Grandma Rose");
    }

    @Test
    void confirmingTheWithdrawalGivesThePlaceBack() {
        var family = newFamily("The Rivera family");
        roseOnMayasNightTonight(family);
        open(family.supporter(), ShiftNavigation.shiftsPath(family.spaceId()));

        _click(card(dayColumn(today()), "Night shift: her sleep").withdraw);
        _click(_get(Button.class, spec -> spec.withText("Yes, withdraw")));

        NotificationsKt.expectNotifications("You've withdrawn. The place is open again.");
        assertThat(tonightAs(family).taken()).isZero();
    }

    @Test
    void theShiftPageAndTodayAskTooBeforeHerNightIsGivenBack() {
        var family = newFamily("The Rivera family");
        var tonight = roseOnMayasNightTonight(family);

        open(family.supporter(), ShiftNavigation.shiftPath(family.spaceId(), tonight));
        _click(_get(ShiftView.class).withdraw);
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Withdraw from tonight's night?");
        _click(_get(Button.class, spec -> spec.withText("Stay on it")));

        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        _click(card(section("You're doing"), "Night shift: her sleep").withdraw);
        assertThat(textOf(_get(Dialog.class))).contains("Maya will have no one on tonight's night.");
        _click(_get(Button.class, spec -> spec.withText("Stay on it")));

        assertThat(tonightAs(family).taken()).isEqualTo(1);
    }

    @Test
    void withAnotherHelperStillOnSheHasOneHelperFewer() {
        var family = newFamily("The Rivera family");
        as(family.organizer());
        var night = shifts.create(family.spaceId(), new ShiftForm(ShiftKind.NIGHT,
                today().plusDays(1), LocalTime.of(22, 0), null, LocalTime.of(6, 0), 2, ""));
        signsUp(family.supporter(), family, night);
        signsUp(family.secondSupporter(), family, night);
        open(family.supporter(), ShiftNavigation.shiftPath(family.spaceId(), night));

        _click(_get(ShiftView.class).withdraw);

        assertThat(textOf(_get(Dialog.class))).contains("She will have one helper fewer on tomorrow night.");
    }

    @Test
    void givingBackDayHelpIsStillOneTap() {
        var family = newFamily("The Rivera family");
        var help = organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(10, 0),
                LocalTime.of(14, 0));
        signsUp(family.supporter(), family, help);
        open(family.supporter(), ShiftNavigation.shiftsPath(family.spaceId()));

        _click(card(dayColumn(today().plusDays(1)), "Day help").withdraw);

        _assertNone(Dialog.class);
        NotificationsKt.expectNotifications("You've withdrawn. The place is open again.");
    }

    @Test
    void stoppingHerProtectedSleepSaysWhichNightsGoAndKeepingItChangesNothing() {
        var family = newFamily("The Rivera family");
        roseOnMayasNightTonight(family);
        open(family.mother(), ShiftNavigation.restPath(family.spaceId()));

        _click(_get(Button.class, spec -> spec.withText("Stop protecting my sleep…")));

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Stop protecting your sleep?");
        assertThat(textOf(dialog)).contains("Village stops keeping your nights open for someone to take the baby. "
                + "The 13 nights no one has taken yet go from the schedule, so no one can sign up for them. "
                + "The 1 night someone already took stays.");
        _click(_get(Button.class, spec -> spec.withText("Keep my sleep protected")));

        NotificationsKt.expectNoNotifications();
        as(family.mother());
        assertThat(restService.sleepCover(family.spaceId()).isSet()).isTrue();
        assertThat(restService.sleepCover(family.spaceId()).nights()).hasSize(14);

        _click(_get(Button.class, spec -> spec.withText("Stop protecting my sleep…")));
        _click(_get(Button.class, spec -> spec.withText("Stop protecting my sleep")));

        NotificationsKt.expectNotifications("Your sleep window is removed.");
        as(family.mother());
        assertThat(restService.sleepCover(family.spaceId()).isSet()).isFalse();
    }
}
