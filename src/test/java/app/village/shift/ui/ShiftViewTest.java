package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.security.VillageUser;
import app.village.shift.HandoffForm;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShiftViewTest extends ShiftUiTest {

    private ShiftView openShift(VillageUser who, Family family, UUID shiftId) {
        open(who, ShiftNavigation.shiftPath(family.spaceId(), shiftId));
        return _get(ShiftView.class);
    }

    /** A late-morning shift, running now (the clock is at noon). */
    private UUID morning(Family family) {
        return organizerAdds(family, new ShiftForm(ShiftKind.DAY_HELP, today(), LocalTime.of(10, 0), null,
                LocalTime.of(14, 0), 1, "Bottles are in the fridge"));
    }

    /** The shift after {@link #morning}. */
    private UUID afternoon(Family family) {
        return organizerAdds(family, ShiftKind.DAY_HELP, today(), LocalTime.of(14, 0), LocalTime.of(18, 0));
    }

    @Test
    void theShiftPageShowsWhenWhoAndTheNotes() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, new ShiftForm(ShiftKind.NIGHT, today(), LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 1, "The pram is in the hall"));

        var view = openShift(family.supporter(), family, night);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Night shift");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Night shift · Village");
        assertThat(textOf(_get(view, DescriptionList.class))).contains("10:00 PM to 6:00 AM (next day)",
                "Nobody yet", "1 place open", "The pram is in the hall");
        assertThat(textOf(view)).contains("Times are in the family's time zone: Helsinki (");
        assertThat(view.signUp.isVisible()).isTrue();
        assertThat(view.withdraw.isVisible()).isFalse();
        assertThat(findSection("Handoff for the next person")).isEmpty();
    }

    @Test
    void withTwoHelpersTheShiftPageNamesTheOtherAndCallsTheViewerYou() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, new ShiftForm(ShiftKind.NIGHT, today(), LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 2, ""));
        signsUp(family.supporter(), family, night);
        signsUp(family.secondSupporter(), family, night);

        var view = openShift(family.supporter(), family, night);

        assertThat(textOf(_get(view, DescriptionList.class))).containsAnyOf("You, Aunt Lena", "Aunt Lena, you")
                .doesNotContain("Grandma Rose");
    }

    @Test
    void signingUpOnTheShiftPageShowsTheHandoffForm() {
        var family = newFamily("The Rivera family");
        var shift = morning(family);
        var view = openShift(family.supporter(), family, shift);

        _click(view.signUp);

        NotificationsKt.expectNotifications("You're on it. Thank you!");
        assertThat(view.signUp.isVisible()).isFalse();
        assertThat(view.withdraw.isVisible()).isTrue();
        var form = section("Handoff for the next person");
        assertThat(_find(form, TimePicker.class)).extracting(TimePicker::getLabel).containsExactly("Last feed at");
        assertThat(view.handoff.nappies.isAttached()).isTrue();
    }

    @Test
    void theHelperOnTheShiftSeesTheHandoffForm() {
        var family = newFamily("The Rivera family");
        var shift = morning(family);
        signsUp(family.supporter(), family, shift);

        var view = openShift(family.supporter(), family, shift);

        var form = section("Handoff for the next person");
        assertThat(view.saveHandoff.isAttached()).isTrue();
        assertThat(textOf(form)).contains("Before you go: a few words so nobody has to ask her.");
        assertThat(view.handoff.all()).allSatisfy(field -> assertThat(field.isAttached()).isTrue());
        assertThat(textOf(_get(view, DescriptionList.class))).contains("You");
        assertThat(view.signUp.isVisible()).isFalse();
        assertThat(view.withdraw.isVisible()).isTrue();
    }

    @Test
    void anEmptyHandoffIsRefusedAndNothingIsSaved() {
        var family = newFamily("The Rivera family");
        var shift = morning(family);
        signsUp(family.supporter(), family, shift);
        var view = openShift(family.supporter(), family, shift);

        _click(view.saveHandoff);

        assertThat(view.handoff.lastFeedAt.isInvalid()).isTrue();
        assertThat(view.handoff.lastFeedAt.getErrorMessage()).isEqualTo("Please fill in at least one part of the handoff.");
        NotificationsKt.expectNoNotifications();
        as(family.mother());
        assertThat(shifts.shift(family.spaceId(), shift).handoffs()).isEmpty();
        assertThat(handoffService.latestHandoffs(family.spaceId(), 5)).isEmpty();
    }

    @Test
    void markupInAHandoffIsRefusedNextToItsField() {
        var family = newFamily("The Rivera family");
        var shift = morning(family);
        signsUp(family.supporter(), family, shift);
        var view = openShift(family.supporter(), family, shift);

        _setValue(view.handoff.nappies, "<b>2 wet</b>");
        _click(view.saveHandoff);

        assertThat(view.handoff.nappies.isInvalid()).isTrue();
        assertThat(view.handoff.nappies.getErrorMessage()).isEqualTo("Please use plain text, without < or > characters.");
        NotificationsKt.expectNoNotifications();
        as(family.mother());
        assertThat(shifts.shift(family.spaceId(), shift).handoffs()).isEmpty();
    }

    @Test
    void aSavedHandoffShowsOnTheShift() {
        var family = newFamily("The Rivera family");
        var shift = morning(family);
        signsUp(family.supporter(), family, shift);
        var view = openShift(family.supporter(), family, shift);

        _setValue(view.handoff.lastFeedAt, LocalTime.of(11, 30));
        _setValue(view.handoff.lastFeed, "left side, 15 minutes");
        _setValue(view.handoff.nappies, "2 wet, 1 dirty");
        _setValue(view.handoff.watchFor, "a little warm, check at 6");
        _click(view.saveHandoff);

        NotificationsKt.expectNotifications("Handoff saved. The next helper and the mother will see it.");
        var saved = textOf(section("Handoff"));
        assertThat(saved).contains("From Grandma Rose", "Last feed", "11:30 AM left side, 15 minutes", "Nappies",
                "2 wet, 1 dirty", "Watch for", "a little warm, check at 6").doesNotContain("Still to do");
        as(family.mother());
        assertThat(shifts.shift(family.spaceId(), shift).handoffs()).singleElement().satisfies(handoff -> {
            assertThat(handoff.author()).isEqualTo("Grandma Rose");
            assertThat(handoff.content().nappies()).isEqualTo("2 wet, 1 dirty");
        });
    }

    @Test
    void theHelperOnTheNextShiftReadsTheLastHandoffFirst() {
        var family = newFamily("The Rivera family");
        var first = morning(family);
        var next = afternoon(family);
        signsUp(family.supporter(), family, first);
        signsUp(family.secondSupporter(), family, next);
        as(family.supporter());
        handoffService.writeHandoff(family.spaceId(), first,
                new HandoffForm(LocalTime.of(11, 30), "90 ml", "2 wet", "Slept 10 to 11:15", "", "Wash the bottles"));

        var view = openShift(family.secondSupporter(), family, next);

        var before = section("Before you start: the last handoff");
        assertThat(textOf(before)).contains("From Grandma Rose", "11:30 AM 90 ml", "2 wet", "Slept 10 to 11:15",
                "Still to do", "Wash the bottles");
        assertThat(view.indexOf(before)).as("right under the heading, before anything else")
                .isEqualTo(view.indexOf(_get(view, H1.class)) + 1);
        assertThat(findSection("Handoff")).as("nothing written on this shift yet").isEmpty();
        assertThat(view.saveHandoff.isAttached()).isTrue();
    }

    @Test
    void someoneNotOnTheNextShiftDoesNotGetTheLastHandoffOrTheForm() {
        var family = newFamily("The Rivera family");
        var first = morning(family);
        var next = afternoon(family);
        signsUp(family.supporter(), family, first);
        as(family.supporter());
        handoffService.writeHandoff(family.spaceId(), first, new HandoffForm(null, "", "2 wet", "", "", ""));

        var view = openShift(family.secondSupporter(), family, next);

        assertThat(findSection("Before you start: the last handoff")).isEmpty();
        assertThat(findSection("Handoff for the next person")).isEmpty();
        _assertNone(view, TimePicker.class);
        _assertNone(view, Button.class, spec -> spec.withText("Save the handoff"));
        assertThat(view.signUp.isVisible()).isTrue();
    }

    @Test
    void someoneNotOnTheShiftSeesItsHandoffsButNoForm() {
        var family = newFamily("The Rivera family");
        var shift = morning(family);
        signsUp(family.supporter(), family, shift);
        as(family.supporter());
        handoffService.writeHandoff(family.spaceId(), shift, new HandoffForm(null, "", "2 wet", "", "", ""));

        var view = openShift(family.secondSupporter(), family, shift);

        assertThat(textOf(section("Handoff"))).contains("2 wet");
        assertThat(findSection("Handoff for the next person")).isEmpty();
        _assertNone(view, TimePicker.class);
        assertThat(view.signUp.isVisible()).as("the shift is covered").isFalse();
        assertThat(view.withdraw.isVisible()).isFalse();
        _assertNone(view, Button.class, spec -> spec.withText("Cancel this shift…"));
    }

    @Test
    void theOrganizerCancelsAShiftAfterConfirmingAndItLeavesTheWeek() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        var view = openShift(family.organizer(), family, night);

        _click(view.cancelShift);
        MockVaadin.clientRoundtrip(false);
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Cancel this shift?");
        assertThat(weekAs(family.organizer(), family, today())).as("nothing happens before she confirms").hasSize(1);
        as(family.organizer());
        _click(_get(dialog, Button.class, spec -> spec.withText("Cancel the shift")));
        MockVaadin.clientRoundtrip(false);

        NotificationsKt.expectNotifications("Shift cancelled.");
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/shifts");
        assertThat(cards(_get(ShiftWeekView.class))).isEmpty();
        assertThat(weekAs(family.organizer(), family, today())).isEmpty();
    }

    @Test
    void keepItClosesTheDialogAndTheShiftStays() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        var view = openShift(family.organizer(), family, night);

        _click(view.cancelShift);
        MockVaadin.clientRoundtrip(false);
        var dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Keep it")));
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNoNotifications();
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/shifts/" + night);
        assertThat(weekAs(family.organizer(), family, today())).hasSize(1);
    }

    @Test
    void aSupporterCannotCancelAShift() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));

        var view = openShift(family.supporter(), family, night);

        _assertNone(view, Button.class, spec -> spec.withText("Cancel this shift…"));
        assertThat(view.cancelShift.isAttached()).isFalse();
    }

    @Test
    void aCancelledShiftSaysItIsGone() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, new ShiftForm(ShiftKind.NIGHT, today(), LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 1, "The pram is in the hall"));
        as(family.organizer());
        shifts.cancel(family.spaceId(), night);

        var view = openShift(family.supporter(), family, night);

        assertThat(_get(view, H1.class).getText()).isEqualTo("This shift is gone");
        assertThat(textOf(view)).contains("That shift was cancelled.").doesNotContain("The pram is in the hall");
        assertThat(linkTexts(view)).contains("See all shifts");
        _assertNone(view, Button.class);
    }
}
