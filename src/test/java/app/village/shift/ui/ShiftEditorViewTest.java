package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.security.VillageUser;
import app.village.shift.ShiftKind;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShiftEditorViewTest extends ShiftUiTest {

    private ShiftEditorView openEditor(VillageUser who, Family family) {
        open(who, ShiftNavigation.newShiftPath(family.spaceId()));
        return _get(ShiftEditorView.class);
    }

    private static void assertRefused(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("the field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private void assertNothingStored(Family family) {
        assertThat(weekAs(family.mother(), family, today())).isEmpty();
    }

    @Test
    void anOrganizerAddsANightShiftWithTheDefaultsAndLandsOnTheWeek() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), family);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Add a shift");
        assertThat(view.kind.getValue()).isEqualTo(ShiftKind.NIGHT);
        assertThat(view.day.getValue()).isEqualTo(today());
        assertThat(view.startTime.getValue()).isEqualTo(LocalTime.of(22, 0));
        assertThat(view.endTime.getValue()).isEqualTo(LocalTime.of(6, 0));
        assertThat(view.endDay.getValue()).isNull();
        assertThat(view.capacity.getValue()).isEqualTo(1);
        assertThat(textOf(view)).contains("Times are in the family's time zone: Helsinki (");

        _setValue(view.notes, "Bottles are in the fridge");
        _click(view.save);

        NotificationsKt.expectNotifications("Shift added.");
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/shifts");
        var week = _get(ShiftWeekView.class);
        var card = card(dayColumn(today()), "Night shift");
        assertThat(textOf(card)).contains("10:00 PM to 6:00 AM (next day)", "1 place open");
        assertThat(cards(week)).hasSize(1);
        assertThat(weekAs(family.mother(), family, today())).singleElement().satisfies(shift -> {
            assertThat(shift.kind()).isEqualTo(ShiftKind.NIGHT);
            assertThat(shift.start().toLocalDateTime()).isEqualTo(today().atTime(22, 0));
            assertThat(shift.end().toLocalDateTime()).isEqualTo(today().plusDays(1).atTime(6, 0));
            assertThat(shift.start().getZone()).isEqualTo(FAMILY_ZONE);
            assertThat(shift.capacity()).isEqualTo(1);
            assertThat(shift.notes()).isEqualTo("Bottles are in the fridge");
        });
    }

    @Test
    void theMotherAddsADayHelpShiftForTwo() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.mother(), family);

        _setValue(view.kind, ShiftKind.DAY_HELP);
        _setValue(view.day, today().plusDays(2));
        _setValue(view.startTime, LocalTime.of(9, 0));
        _setValue(view.endTime, LocalTime.of(13, 0));
        _setValue(view.capacity, 2);
        _click(view.save);

        NotificationsKt.expectNotifications("Shift added.");
        assertThat(textOf(card(dayColumn(today().plusDays(2)), "Day help")))
                .contains("9:00 AM to 1:00 PM", "2 places open");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 21, 1000})
    void anImpossibleNumberOfHelpersIsRefusedNextToTheField(int helpers) {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), family);

        _setValue(view.capacity, helpers);
        _click(view.save);

        assertRefused(view.capacity, "A shift needs between 1 and 20 helpers.");
        NotificationsKt.expectNoNotifications();
        _get(ShiftEditorView.class);
        assertNothingStored(family);
    }

    @Test
    void anEmptyNumberOfHelpersIsRefusedInWords() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), family);

        _setValue(view.capacity, null);
        _click(view.save);

        assertRefused(view.capacity, "A shift needs between 1 and 20 helpers.");
        assertNothingStored(family);
    }

    @Test
    void anEndDayThreeWeeksLaterIsRefusedAsLongerThanADay() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), family);

        _setValue(view.kind, ShiftKind.DAY_HELP);
        _setValue(view.startTime, LocalTime.of(9, 0));
        _setValue(view.endTime, LocalTime.of(17, 0));
        _setValue(view.endDay, today().plusDays(21));
        _click(view.save);

        assertRefused(view.endTime, "A shift can be at most 24 hours. Split longer help into several shifts.");
        assertThat(view.capacity.isInvalid()).isFalse();
        NotificationsKt.expectNoNotifications();
        _get(ShiftEditorView.class);
        assertNothingStored(family);
    }

    @Test
    void anEndOnTheStartTimeIsRefused() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), family);

        _setValue(view.startTime, LocalTime.of(9, 0));
        _setValue(view.endTime, LocalTime.of(9, 0));
        _click(view.save);

        assertRefused(view.endTime, "The end should be after the start.");
        assertNothingStored(family);
    }

    @Test
    void markupInTheNotesIsRefused() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), family);

        _setValue(view.notes, "<script>alert(1)</script>");
        _click(view.save);

        assertRefused(view.notes, "Please use plain text, without < or > characters.");
        NotificationsKt.expectNoNotifications();
        assertNothingStored(family);
    }

    @Test
    void aSupporterIsToldWhoAddsShiftsAndGetsNoForm() {
        var family = newFamily("The Rivera family");

        var view = openEditor(family.supporter(), family);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Add a shift");
        assertThat(textOf(view)).contains("The mother and organizers add and change shifts.");
        _assertNone(view, IntegerField.class);
        _assertNone(view, TimePicker.class);
        _assertNone(view, Button.class);
        assertThat(view.save.isAttached()).isFalse();
    }

    @Test
    void aViewerGetsNoFormEither() {
        var family = newFamily("The Rivera family");

        var view = openEditor(family.viewer(), family);

        _assertNone(view, IntegerField.class);
        _assertNone(view, Button.class);
    }
}
