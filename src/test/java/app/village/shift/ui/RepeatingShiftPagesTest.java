package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.Repeat;
import app.village.base.RepeatForm;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftSummary;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The pages of a repeating shift: adding one in the editor, its shift page with "Change this day", "Change all
 * coming days" and "Stop repeating…", and the editor in its one-day and all-coming-days modes. Each test's
 * clock stands at noon on a Wednesday (see {@link ShiftUiTest}); nobody signs up, so the four weeks a series
 * lays out ahead cannot clash with another test's shifts.
 */
class RepeatingShiftPagesTest extends ShiftUiTest {

    private static final Set<DayOfWeek> MONDAYS_AND_WEDNESDAYS = Set.of(MONDAY, WEDNESDAY);

    /** A night shift for two from today, 10 PM to 6 AM, with notes. */
    private ShiftForm nightFromToday() {
        return new ShiftForm(ShiftKind.NIGHT, today(), LocalTime.of(22, 0), null, LocalTime.of(6, 0), 2,
                "Bottles are in the fridge");
    }

    /** The organizer adds a repeating shift through the service; leaves him signed in. */
    private List<UUID> organizerAddsRepeating(Family family, ShiftForm form, RepeatForm repeat) {
        as(family.organizer());
        return shifts.createRepeating(family.spaceId(), form, repeat);
    }

    /** Every Monday and Wednesday night from today (a Wednesday), until {@code lastDay} if there is one. */
    private List<UUID> mondayAndWednesdayNights(Family family, @Nullable LocalDate lastDay) {
        return organizerAddsRepeating(family, nightFromToday(), RepeatForm.weekly(MONDAYS_AND_WEDNESDAYS, lastDay));
    }

    /** The shifts of the coming month, as the mother sees them. */
    private List<ShiftSummary> comingMonth(Family family) {
        as(family.mother());
        return shifts.between(family.spaceId(), today(), today().plusDays(35), false);
    }

    private static List<LocalDate> days(List<ShiftSummary> found) {
        return found.stream().map(shift -> shift.start().toLocalDate()).toList();
    }

    /** Days from {@code first} through {@code last} that fall on one of {@code weekdays}. */
    private static List<LocalDate> daysOn(LocalDate first, LocalDate last, Set<DayOfWeek> weekdays) {
        return first.datesUntil(last.plusDays(1)).filter(day -> weekdays.contains(day.getDayOfWeek())).toList();
    }

    private ShiftEditorView openEditor(VillageUser who, String path) {
        open(who, path);
        return _get(ShiftEditorView.class);
    }

    private ShiftView openShift(VillageUser who, Family family, UUID shiftId) {
        open(who, ShiftNavigation.shiftPath(family.spaceId(), shiftId));
        return _get(ShiftView.class);
    }

    private static String shiftPathOf(Family family, UUID shiftId) {
        return "family/" + family.spaceId() + "/shifts/" + shiftId;
    }

    /** The link reading {@code text} in {@code in}. */
    private static Anchor link(Component in, String text) {
        return _find(in, Anchor.class).stream()
                .filter(anchor -> textOf(anchor).strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link \"" + text + "\" in " + linkTexts(in)));
    }

    /** What the shift's facts say under {@code term}, or null when there is no such fact. */
    private static @Nullable String fact(Component in, String term) {
        var children = _get(in, DescriptionList.class).getChildren().toList();
        for (var i = 0; i < children.size() - 1; i++) {
            if (children.get(i) instanceof DescriptionList.Term found && textOf(found).equals(term)) {
                return textOf(children.get(i + 1));
            }
        }
        return null;
    }

    private static void assertRefused(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("the field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    // --- Adding a repeating shift ---------------------------------------------------------------------------

    @Test
    void anOrganizerAddsAWeeklyNightShiftAndItIsOnTheChosenWeekdaysOnly() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), ShiftNavigation.newShiftPath(family.spaceId()));
        assertThat(view.repeating.repeat.isVisible()).isTrue();
        assertThat(view.repeating.repeat.getValue()).isEqualTo(Repeat.NEVER);
        assertThat(view.day.getLabel()).isEqualTo("Day");
        assertThat(view.endDay.isVisible()).isTrue();
        assertThat(view.repeating.weekdays.isVisible()).isFalse();
        assertThat(view.repeating.repeatUntil.isVisible()).isFalse();

        _setValue(view.repeating.repeat, Repeat.WEEKLY);

        assertThat(view.day.getLabel()).isEqualTo("First day");
        assertThat(view.endDay.isVisible()).as("\"Ends on (optional)\" is hidden while repeating").isFalse();
        assertThat(view.repeating.weekdays.isVisible()).isTrue();
        assertThat(view.repeating.everyDays.isVisible()).isFalse();
        assertThat(view.repeating.repeatUntil.isVisible()).isTrue();

        _setValue(view.repeating.repeat, Repeat.NEVER);
        assertThat(view.day.getLabel()).as("back to a single shift").isEqualTo("Day");
        assertThat(view.endDay.isVisible()).isTrue();
        assertThat(view.repeating.weekdays.isVisible()).isFalse();

        var lastDay = today().plusDays(13); // the Tuesday after next
        _setValue(view.repeating.repeat, Repeat.WEEKLY);
        _setValue(view.repeating.weekdays, Set.of(TUESDAY, THURSDAY));
        _setValue(view.repeating.repeatUntil, lastDay);
        _click(view.save);

        NotificationsKt.expectNotifications("Repeating shift added.");
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/shifts");
        var week = _get(ShiftWeekView.class);
        assertThat(textOf(card(dayColumn(today().plusDays(1)), "Night shift")))
                .contains("10:00 PM to 6:00 AM (next day)");
        assertThat(cards(dayColumn(today()))).as("today is a Wednesday, not a chosen weekday").isEmpty();
        assertThat(cards(week)).as("this week holds Thursday only").hasSize(1);

        var found = comingMonth(family);
        assertThat(days(found)).containsExactly(today().plusDays(1), today().plusDays(6), today().plusDays(8), lastDay)
                .allSatisfy(day -> assertThat(day.getDayOfWeek()).isIn(TUESDAY, THURSDAY));
        assertThat(found).allSatisfy(shift -> {
            assertThat(shift.kind()).isEqualTo(ShiftKind.NIGHT);
            assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
            assertThat(shift.end().toLocalDate()).isEqualTo(shift.start().toLocalDate().plusDays(1));
            assertThat(shift.end().toLocalTime()).isEqualTo(LocalTime.of(6, 0));
        });
    }

    @Test
    void anEndDayLeftInTheHiddenFieldDoesNotRefuseARepeatingShift() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), ShiftNavigation.newShiftPath(family.spaceId()));

        _setValue(view.endDay, today().plusDays(3));
        _setValue(view.repeating.repeat, Repeat.DAILY);
        _setValue(view.repeating.repeatUntil, today().plusDays(2));
        _click(view.save);

        NotificationsKt.expectNotifications("Repeating shift added.");
        assertThat(days(comingMonth(family))).containsExactly(today(), today().plusDays(1), today().plusDays(2));
    }

    @Test
    void aNumberLeftWrongInTheHiddenEveryFewDaysFieldDoesNotRefuseAnotherPattern() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), ShiftNavigation.newShiftPath(family.spaceId()));

        _setValue(view.repeating.repeat, Repeat.EVERY_N_DAYS);
        _setValue(view.repeating.everyDays, 31);
        _setValue(view.repeating.repeat, Repeat.DAILY);
        _setValue(view.repeating.repeatUntil, today().plusDays(1));
        _click(view.save);

        NotificationsKt.expectNotifications("Repeating shift added.");
        assertThat(days(comingMonth(family))).containsExactly(today(), today().plusDays(1));
    }

    @Test
    void aWeeklyShiftWithNoWeekdayIsRefusedNextToTheWeekdaysAndNothingIsStored() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.organizer(), ShiftNavigation.newShiftPath(family.spaceId()));

        _setValue(view.repeating.repeat, Repeat.WEEKLY);
        _setValue(view.repeating.repeatUntil, today().plusDays(13));
        _click(view.save);

        assertRefused(view.repeating.weekdays, "Please choose at least one weekday.");
        NotificationsKt.expectNoNotifications();
        _get(ShiftEditorView.class);
        assertThat(comingMonth(family)).isEmpty();
    }

    // --- The shift page --------------------------------------------------------------------------------------

    @Test
    void theShiftPageOfARepeatingShiftShowsTheRuleAndLinksToChangeThisDayOrAllComingDays() {
        var family = newFamily("The Rivera family");
        var monday = mondayAndWednesdayNights(family, null).get(1);

        var view = openShift(family.organizer(), family, monday);

        assertThat(fact(view, "Repeats")).isEqualTo("Every Mon, Wed");
        assertThat(fact(view, "Day")).contains("Monday");
        assertThat(link(view, "Change this day").getHref()).isEqualTo(shiftPathOf(family, monday) + "/edit");
        assertThat(link(view, "Change all coming days").getHref()).isEqualTo(shiftPathOf(family, monday) + "/edit-all");
        assertThat(linkTexts(view)).doesNotContain("Change");
        assertThat(view.stopRepeating.isAttached()).isTrue();
        assertThat(view.stopRepeating.getText()).isEqualTo("Stop repeating…");
        assertThat(view.cancelShift.getText()).isEqualTo("Cancel this day…");
    }

    @Test
    void theShiftPageOfAOneOffShiftOffersChangeButNoStopRepeating() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));

        var view = openShift(family.organizer(), family, night);

        assertThat(fact(view, "Repeats")).isNull();
        assertThat(link(view, "Change").getHref()).isEqualTo(shiftPathOf(family, night) + "/edit");
        assertThat(linkTexts(view)).doesNotContain("Change this day", "Change all coming days");
        _assertNone(view, Button.class, spec -> spec.withText("Stop repeating…"));
        assertThat(view.stopRepeating.isAttached()).isFalse();
        assertThat(view.cancelShift.getText()).isEqualTo("Cancel this shift…");
    }

    @Test
    void aSupporterSeesNoWayToChangeOrStopARepeatingShift() {
        var family = newFamily("The Rivera family");
        var monday = mondayAndWednesdayNights(family, null).get(1);

        var view = openShift(family.supporter(), family, monday);

        assertThat(linkTexts(view)).doesNotContain("Change", "Change this day", "Change all coming days");
        _assertNone(view, Button.class, spec -> spec.withText("Stop repeating…"));
        assertThat(view.stopRepeating.isAttached()).isFalse();
        assertThat(view.cancelShift.isAttached()).isFalse();
        assertThat(view.signUp.isVisible()).as("she can still take a place").isTrue();
    }

    // --- Changing one day ------------------------------------------------------------------------------------

    @Test
    void changeThisDayOpensTheDayPrefilledAndSavingChangesOnlyThatDay() {
        var family = newFamily("The Rivera family");
        var created = mondayAndWednesdayNights(family, null);
        var monday = created.get(1);
        var before = comingMonth(family);
        var page = openShift(family.organizer(), family, monday);

        UI.getCurrent().navigate(link(page, "Change this day").getHref());

        var view = _get(ShiftEditorView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Change this shift");
        assertThat(view.kind.getValue()).isEqualTo(ShiftKind.NIGHT);
        assertThat(view.day.getValue()).isEqualTo(today().plusDays(5));
        assertThat(view.day.getLabel()).isEqualTo("Day");
        assertThat(view.startTime.getValue()).isEqualTo(LocalTime.of(22, 0));
        assertThat(view.endTime.getValue()).isEqualTo(LocalTime.of(6, 0));
        assertThat(view.endDay.getValue()).isNull();
        assertThat(view.capacity.getValue()).isEqualTo(2);
        assertThat(view.notes.getValue()).isEqualTo("Bottles are in the fridge");
        assertThat(view.repeating.repeat.isVisible()).as("a single day has no pattern of its own").isFalse();
        assertThat(view.repeating.weekdays.isVisible()).isFalse();
        assertThat(view.repeating.repeatUntil.isVisible()).isFalse();
        assertThat(view.save.getText()).isEqualTo("Save this day");

        as(family.organizer());
        _setValue(view.startTime, LocalTime.of(23, 0));
        _click(view.save);

        NotificationsKt.expectNotifications("Shift changed.");
        assertThat(currentPath()).isEqualTo(shiftPathOf(family, monday));
        var changed = _get(ShiftView.class);
        assertThat(fact(changed, "Time")).isEqualTo("11:00 PM to 6:00 AM (next day)");
        assertThat(fact(changed, "Repeats")).as("the day now stands on its own").isNull();
        assertThat(linkTexts(changed)).contains("Change").doesNotContain("Change all coming days");
        var after = comingMonth(family);
        assertThat(days(after)).isEqualTo(days(before));
        assertThat(after).filteredOn(shift -> shift.id().equals(monday)).singleElement()
                .satisfies(shift -> assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(23, 0)));
        assertThat(after).filteredOn(shift -> !shift.id().equals(monday)).hasSize(before.size() - 1)
                .allSatisfy(shift -> assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0)));
    }

    // --- Changing all coming days ----------------------------------------------------------------------------

    @Test
    void changeAllComingDaysOpensTheSeriesAndSavingGivesEveryComingDayTheNewTimes() {
        var family = newFamily("The Rivera family");
        var lastDay = today().plusDays(21);
        var monday = mondayAndWednesdayNights(family, lastDay).get(1);
        var page = openShift(family.organizer(), family, monday);

        UI.getCurrent().navigate(link(page, "Change all coming days").getHref());

        var view = _get(ShiftEditorView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Change all coming days");
        assertThat(view.day.getValue()).as("the series' first day").isEqualTo(today());
        assertThat(view.day.getLabel()).isEqualTo("First day");
        assertThat(view.startTime.getValue()).isEqualTo(LocalTime.of(22, 0));
        assertThat(view.endTime.getValue()).isEqualTo(LocalTime.of(6, 0));
        assertThat(view.capacity.getValue()).isEqualTo(2);
        assertThat(view.notes.getValue()).isEqualTo("Bottles are in the fridge");
        assertThat(view.endDay.isVisible()).isFalse();
        assertThat(view.repeating.repeat.isVisible()).isTrue();
        assertThat(view.repeating.repeat.getValue()).isEqualTo(Repeat.WEEKLY);
        assertThat(view.repeating.weekdays.isVisible()).isTrue();
        assertThat(view.repeating.weekdays.getValue()).containsExactlyInAnyOrder(MONDAY, WEDNESDAY);
        assertThat(view.repeating.repeatUntil.getValue()).isEqualTo(lastDay);
        assertThat(view.save.getText()).isEqualTo("Save all coming days");

        _setValue(view.startTime, LocalTime.of(21, 0));
        _setValue(view.endTime, LocalTime.of(5, 0));
        _click(view.save);

        NotificationsKt.expectNotifications("All coming days changed.");
        assertThat(currentPath()).isEqualTo(shiftPathOf(family, monday));
        assertThat(fact(_get(ShiftView.class), "Time")).isEqualTo("9:00 PM to 5:00 AM (next day)");
        var after = comingMonth(family);
        assertThat(days(after)).containsExactlyElementsOf(daysOn(today(), lastDay, MONDAYS_AND_WEDNESDAYS));
        assertThat(after).allSatisfy(shift -> {
            assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(21, 0));
            assertThat(shift.end().toLocalDate()).isEqualTo(shift.start().toLocalDate().plusDays(1));
            assertThat(shift.end().toLocalTime()).isEqualTo(LocalTime.of(5, 0));
            assertThat(shift.capacity()).isEqualTo(2);
        });
    }

    @Test
    void aChangeToAllComingDaysThatWouldDoubleBookAHelperNamesTheDayAndChangesNothing() {
        var family = newFamily("The Rivera family");
        var nextMonday = mondayAndWednesdayNights(family, null).get(1);
        var mondayDay = today().plusDays(5);
        var evening = organizerAdds(family, ShiftKind.VISIT, mondayDay, LocalTime.of(20, 0), LocalTime.of(21, 30));
        signsUp(family.supporter(), family, nextMonday);
        signsUp(family.supporter(), family, evening);
        var before = comingMonth(family);
        var view = openEditor(family.organizer(), ShiftNavigation.editSeriesPath(family.spaceId(), nextMonday));

        _setValue(view.startTime, LocalTime.of(20, 0));
        _click(view.save);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).isEqualTo(DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US)
                .format(mondayDay) + ": Someone on this shift has another shift at the new time.");
        NotificationsKt.expectNoNotifications();
        assertThat(comingMonth(family)).isEqualTo(before);
    }

    // --- Stopping --------------------------------------------------------------------------------------------

    @Test
    void stopRepeatingAfterConfirmingTakesTheComingDaysOffTheWeek() {
        var family = newFamily("The Rivera family");
        var created = mondayAndWednesdayNights(family, null);
        var tonight = created.getFirst();
        var monday = created.get(1);
        var view = openShift(family.organizer(), family, monday);

        _click(view.stopRepeating);
        MockVaadin.clientRoundtrip(false);
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Stop repeating?");
        assertThat(comingMonth(family)).as("nothing happens before he confirms").hasSameSizeAs(created);
        as(family.organizer());
        _click(_get(dialog, Button.class, spec -> spec.withText("Stop repeating")));
        MockVaadin.clientRoundtrip(false);

        NotificationsKt.expectNotifications("The shift no longer repeats.");
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/shifts");
        assertThat(titles(cards(_get(ShiftWeekView.class)))).as("tonight comes before the day he stopped from")
                .containsExactly("Night shift");
        assertThat(comingMonth(family)).extracting(ShiftSummary::id).containsExactly(tonight);
        as(family.mother());
        assertThat(shifts.week(family.spaceId(), today().plusDays(5), false)).as("next week").isEmpty();
    }

    // --- The editor when there is nothing to change ----------------------------------------------------------

    @Test
    void changingAllComingDaysOfAOneOffShiftSaysItDoesNotRepeat() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));

        var view = openEditor(family.organizer(), ShiftNavigation.editSeriesPath(family.spaceId(), night));

        assertThat(_get(view, H1.class).getText()).isEqualTo("Change all coming days");
        assertThat(textOf(view)).contains("This shift doesn't repeat.");
        assertThat(link(view, "Change this shift").getHref()).isEqualTo(shiftPathOf(family, night) + "/edit");
        _assertNone(view, TimePicker.class);
        assertThat(view.save.isAttached()).isFalse();
    }

    @Test
    void aSupporterOpeningChangeThisDayIsToldWhoChangesShiftsAndGetsNoForm() {
        var family = newFamily("The Rivera family");
        var monday = mondayAndWednesdayNights(family, null).get(1);

        var view = openEditor(family.supporter(), ShiftNavigation.editPath(family.spaceId(), monday));

        assertThat(_get(view, H1.class).getText()).isEqualTo("Change this shift");
        assertThat(textOf(view)).contains("The mother and organizers add and change shifts.")
                .doesNotContain("Bottles are in the fridge");
        _assertNone(view, TimePicker.class);
        _assertNone(view, Button.class);
        assertThat(view.save.isAttached()).isFalse();
    }
}
