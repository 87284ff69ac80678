package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.village.base.Repeat;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskId;
import app.village.caretask.TaskStatus;
import app.village.caretask.TaskSummary;
import app.village.security.VillageUser;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskEditorViewTest extends CareTaskUiTest {

    private TaskEditorView openEditor(VillageUser who, String path) {
        open(who, path);
        return _get(TaskEditorView.class);
    }

    /** The editor for a new task, with a category chosen, as she must before saving. */
    private TaskEditorView newTask(Family family) {
        var view = emptyNewTask(family);
        _setValue(view.fields.category, TaskCategory.MEALS);
        return view;
    }

    private TaskEditorView emptyNewTask(Family family) {
        return openEditor(family.mother(), CareTaskNavigation.newTaskPath(family.spaceId()));
    }

    private static void assertRefused(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("the field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private void assertNothingStored(Family family) {
        assertThat(tasksAs(family.mother(), family.spaceId())).isEmpty();
    }

    /** Days from {@code first} through {@code last} that fall on one of {@code weekdays}. */
    private static List<LocalDate> daysOn(LocalDate first, LocalDate last, Set<DayOfWeek> weekdays) {
        return first.datesUntil(last.plusDays(1)).filter(day -> weekdays.contains(day.getDayOfWeek())).toList();
    }

    @Test
    void theOwnerAddsAnOpenTaskAndLandsOnItsPage() {
        var family = newFamily("The Rivera family");
        var view = emptyNewTask(family);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Add a task");
        assertThat(view.fields.dueDate.getValue()).isEqualTo(today());
        assertThat(view.fields.category.getValue()).isNull();
        assertThat(view.fields.effortMinutes.getValue()).isNull();
        assertThat(textOf(view)).doesNotContain("You'll be down to do this yourself");

        _setValue(view.fields.title, "Bring dinner");
        _setValue(view.fields.category, TaskCategory.MEALS);
        _setValue(view.fields.startTime, LocalTime.of(18, 0));
        _setValue(view.fields.endTime, LocalTime.of(19, 0));
        _setValue(view.fields.notes, "Enough for four");
        _click(view.save);

        NotificationsKt.expectNotifications("Task added.");
        var saved = tasksAs(family.mother(), family.spaceId());
        assertThat(saved).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Bring dinner");
            assertThat(task.category()).isEqualTo(TaskCategory.MEALS);
            assertThat(task.dueDate()).isEqualTo(today());
            assertThat(task.startTime()).isEqualTo(LocalTime.of(18, 0));
            assertThat(task.endTime()).isEqualTo(LocalTime.of(19, 0));
            assertThat(task.notes()).isEqualTo("Enough for four");
            assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        });
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/tasks/" + saved.getFirst().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankTitleIsRefusedNextToTheFieldAndNothingIsStored(String blank) {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, blank);
        _click(view.save);

        assertRefused(view.fields.title, "Please say what needs doing, for example \"Bring dinner\".");
        assertNothingStored(family);
        _get(TaskEditorView.class);
    }

    @Test
    void aTitleOfMoreThan120CharactersIsRefused() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "x".repeat(121));
        _click(view.save);

        assertRefused(view.fields.title, "Please keep the title to 120 characters or fewer.");
        assertNothingStored(family);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-5     | Effort is at least one minute.",
            "0      | Effort is at least one minute.",
            "100000 | A single task takes at most 24 hours (1,440 minutes)."})
    void anImpossibleEffortIsRefused(int minutes, String message) {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Bring dinner");
        _setValue(view.fields.effortMinutes, minutes);
        _click(view.save);

        assertRefused(view.fields.effortMinutes, message);
        assertNothingStored(family);
    }

    @Test
    void aTaskSavedWithoutACategoryIsRefusedNextToItAndNothingIsStored() {
        var family = newFamily("The Rivera family");
        var view = emptyNewTask(family);
        assertThat(view.fields.category.isInvalid()).as("no complaint before she saves").isFalse();

        _setValue(view.fields.title, "Fold the laundry");
        _click(view.save);

        assertRefused(view.fields.category, "Please choose a category.");
        assertNothingStored(family);
    }

    @Test
    void anEffortThatIsNotANumberIsRefusedNextToItInsteadOfSavedAsTheUsual() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Bring dinner");
        typesSomethingThatIsNotANumber(view.fields.effortMinutes, "half an hour");
        _click(view.save);

        assertRefused(view.fields.effortMinutes, "Please enter a whole number of minutes, or leave it empty.");
        assertThat(view.fields.more.isOpened()).as("opened so she sees why").isTrue();
        assertNothingStored(family);
    }

    /** What the browser reports when she types text an integer field can't read: an empty value, and the text. */
    private static void typesSomethingThatIsNotANumber(IntegerField field, String text) {
        field.getElement().setProperty("_inputElementValue", text);
        ElementUtilsKt._fireDomEvent(field.getElement(),
                new DomEvent(field.getElement(), "unparsable-change", JacksonUtils.createObjectNode()));
    }

    @Test
    void anEmptyEffortIsFineAndCountsAsTheUsualHalfHour() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);
        assertThat(view.fields.more.isOpened()).as("times and effort wait under More").isFalse();
        assertThat(view.fields.effortMinutes.getHelperText()).contains("fair share");

        _setValue(view.fields.title, "Bring dinner");
        _setValue(view.fields.effortMinutes, null);
        _click(view.save);

        NotificationsKt.expectNotifications("Task added.");
        assertThat(tasksAs(family.mother(), family.spaceId())).singleElement()
                .returns(TaskForm.USUAL_EFFORT_MINUTES, TaskSummary::effortMinutes);
    }

    @Test
    void aRefusedTimeOpensMoreSoSheSeesWhy() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Bring dinner");
        _setValue(view.fields.startTime, LocalTime.of(19, 0));
        _setValue(view.fields.endTime, LocalTime.of(18, 0));
        view.fields.more.setOpened(false);
        _click(view.save);

        assertThat(view.fields.more.isOpened()).isTrue();
        assertNothingStored(family);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"1", "31", "none"})
    void anImpossibleNumberOfDaysIsRefused(Integer everyDays) {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Water the plants");
        _setValue(view.fields.repeat, Repeat.EVERY_N_DAYS);
        assertThat(view.fields.everyDays.isVisible()).isTrue();
        _setValue(view.fields.everyDays, everyDays);
        _click(view.save);

        assertRefused(view.fields.everyDays, "Choose between every 2 and every 30 days.");
        assertNothingStored(family);
    }

    @Test
    void aTaskEveryThreeDaysHasItsDaysThreeDaysApart() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);
        var last = today().plusDays(9);

        _setValue(view.fields.title, "Water the plants");
        _setValue(view.fields.repeat, Repeat.EVERY_N_DAYS);
        _setValue(view.fields.everyDays, 3);
        _setValue(view.fields.repeatUntil, last);
        _click(view.save);

        NotificationsKt.expectNotifications("Task added.");
        assertThat(tasksAs(family.mother(), family.spaceId())).extracting(TaskSummary::dueDate)
                .containsExactly(today(), today().plusDays(3), today().plusDays(6), today().plusDays(9));
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndField() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Bring dinner");
        _setValue(view.fields.startTime, LocalTime.of(14, 0));
        _setValue(view.fields.endTime, LocalTime.of(13, 0));
        _click(view.save);

        assertRefused(view.fields.endTime, "The end should be after the start.");
        assertThat(view.fields.startTime.isInvalid()).isFalse();
        assertNothingStored(family);
    }

    @Test
    void aWeeklyTaskWithNoWeekdayIsRefusedOnTheWeekdayField() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Walk the dog");
        _setValue(view.fields.repeat, Repeat.WEEKLY);
        assertThat(view.fields.weekdays.isVisible()).isTrue();
        _click(view.save);

        assertRefused(view.fields.weekdays, "Please choose at least one weekday.");
        assertNothingStored(family);
    }

    @Test
    void aLastDayBeforeTheFirstDayIsRefused() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Walk the dog");
        _setValue(view.fields.repeat, Repeat.DAILY);
        _setValue(view.fields.dueDate, today().plusDays(3));
        _setValue(view.fields.repeatUntil, today().plusDays(1));
        _click(view.save);

        assertRefused(view.fields.repeatUntil, "The last day should be on or after the first day.");
        assertNothingStored(family);
    }

    @Test
    void markupInTheNotesIsRefused() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Bring dinner");
        _setValue(view.fields.notes, "<b>x</b>");
        _click(view.save);

        assertRefused(view.fields.notes, "Please use plain text, without < or > characters.");
        assertNothingStored(family);
    }

    @Test
    void notesOfMoreThan2000CharactersAreRefused() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);

        _setValue(view.fields.title, "Bring dinner");
        _setValue(view.fields.notes, "x".repeat(2001));
        _click(view.save);

        assertRefused(view.fields.notes, "Please keep the notes to 2,000 characters or fewer.");
        assertNothingStored(family);
    }

    @Test
    void aWeeklyTaskOnMondayWednesdayAndFridayBecomesATaskForEachOfThoseDays() {
        var family = newFamily("The Rivera family");
        var view = newTask(family);
        var weekdays = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        var last = today().plusDays(20);

        _setValue(view.fields.title, "Walk the dog");
        _setValue(view.fields.category, TaskCategory.OLDER_CHILDREN_AND_PETS);
        _setValue(view.fields.effortMinutes, 30);
        _setValue(view.fields.repeat, Repeat.WEEKLY);
        assertThat(view.fields.dueDate.getLabel()).isEqualTo("First day");
        _setValue(view.fields.weekdays, weekdays);
        _setValue(view.fields.repeatUntil, last);
        _click(view.save);

        NotificationsKt.expectNotifications("Task added.");
        var saved = tasksAs(family.mother(), family.spaceId());
        assertThat(saved).extracting(TaskSummary::dueDate).containsExactlyElementsOf(daysOn(today(), last, weekdays));
        assertThat(saved).allSatisfy(task -> {
            assertThat(task.title()).isEqualTo("Walk the dog");
            assertThat(task.repeating()).isTrue();
            assertThat(task.effortMinutes()).isEqualTo(30);
        });
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/tasks/" + saved.getFirst().id());
    }

    @Test
    void aSupporterIsToldSheWillDoTheTaskHerselfAndItIsHers() {
        var family = newFamily("The Rivera family");
        var view = openEditor(family.supporter(), CareTaskNavigation.newTaskPath(family.spaceId()));
        assertThat(textOf(view)).contains("You'll be down to do this yourself.");

        _setValue(view.fields.title, "Fold the laundry");
        _setValue(view.fields.category, TaskCategory.HOUSEHOLD);
        _click(view.save);

        NotificationsKt.expectNotifications("Task added.");
        assertThat(tasksAs(family.supporter(), family.spaceId())).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Fold the laundry");
            assertThat(task.mine()).isTrue();
            assertThat(task.status()).isEqualTo(TaskStatus.CLAIMED);
        });
        assertThat(tasksAs(family.mother(), family.spaceId())).singleElement()
                .satisfies(task -> assertThat(task.assigneeName()).isEqualTo("Grandma Rose"));
    }

    @Test
    void aViewerIsRefusedAndGetsNoForm() {
        var family = newFamily("The Rivera family");

        var view = openEditor(family.viewer(), CareTaskNavigation.newTaskPath(family.spaceId()));

        assertThat(_get(view, H1.class).getText()).isEqualTo("You can't change this task");
        assertThat(textOf(view)).contains("Viewers follow along; they don't add tasks.");
        _assertNone(view, TextField.class);
        _assertNone(view, Button.class);
    }

    @Test
    void aSupporterCannotOpenTheEditorOfTheMothersTask() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));

        var view = openEditor(family.supporter(), CareTaskNavigation.editPath(family.spaceId(), dinner));

        assertThat(_get(view, H1.class).getText()).isEqualTo("You can't change this task");
        _assertNone(view, TextField.class);
        _assertNone(view, Button.class);
    }

    @Test
    void changingOneTaskSavesItAndReturnsToItsPage() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        var view = openEditor(family.mother(), CareTaskNavigation.editPath(family.spaceId(), dinner));
        assertThat(_get(view, H1.class).getText()).isEqualTo("Change the task");
        assertThat(view.fields.title.getValue()).isEqualTo("Bring dinner");
        assertThat(view.fields.repeat.isVisible()).isFalse();

        _setValue(view.fields.title, "Bring a warm dinner");
        _setValue(view.fields.effortMinutes, 75);
        _click(view.save);

        NotificationsKt.expectNotifications("Changes saved.");
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/tasks/" + dinner);
        assertThat(tasksAs(family.mother(), family.spaceId())).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Bring a warm dinner");
            assertThat(task.effortMinutes()).isEqualTo(75);
        });
    }

    @Test
    void changingAllComingDaysOfARepeatingTaskMovesThemToTheNewPattern() {
        var family = newFamily("The Rivera family");
        var last = today().plusDays(20);
        var first = motherAdds(family, TaskForm.weekly("Walk the dog", TaskCategory.OLDER_CHILDREN_AND_PETS, "",
                today(), Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), last, 30));
        var view = openEditor(family.mother(), CareTaskNavigation.editSeriesPath(family.spaceId(), first));
        assertThat(_get(view, H1.class).getText()).isEqualTo("Change all coming days");
        assertThat(view.fields.weekdays.getValue())
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(view.fields.repeatUntil.getValue()).isEqualTo(last);

        _setValue(view.fields.title, "Walk the dog twice");
        _setValue(view.fields.weekdays, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        _click(view.save);

        NotificationsKt.expectNotifications("Changes saved.");
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/tasks");
        var saved = tasksAs(family.mother(), family.spaceId());
        assertThat(saved).extracting(TaskSummary::dueDate)
                .containsExactlyElementsOf(daysOn(today(), last, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        assertThat(saved).extracting(TaskSummary::title).containsOnly("Walk the dog twice");
    }

    @Test
    void changingOneDayOfARepeatingTaskLeavesTheOtherDaysAlone() {
        var family = newFamily("The Rivera family");
        var first = motherAdds(family, TaskForm.weekly("Walk the dog", TaskCategory.OLDER_CHILDREN_AND_PETS, "",
                today(), Set.of(DayOfWeek.values()), today().plusDays(2), 30));
        var view = openEditor(family.mother(), CareTaskNavigation.editPath(family.spaceId(), first));
        assertThat(_get(view, H1.class).getText()).isEqualTo("Change this day");
        assertThat(textOf(view)).contains("This changes this day only.");
        assertThat(view.fields.repeat.isVisible()).isFalse();

        _setValue(view.fields.title, "Walk the dog in the park");
        _click(view.save);

        NotificationsKt.expectNotifications("Changes saved.");
        assertThat(tasksAs(family.mother(), family.spaceId())).extracting(TaskSummary::id, TaskSummary::title)
                .containsExactlyInAnyOrder(
                        tuple(first, "Walk the dog in the park"),
                        tuple(otherDay(family, first, 1), "Walk the dog"),
                        tuple(otherDay(family, first, 2), "Walk the dog"));
    }

    private TaskId otherDay(Family family, TaskId first, int daysLater) {
        return tasksAs(family.mother(), family.spaceId()).stream()
                .filter(task -> !task.id().equals(first) && task.dueDate().equals(today().plusDays(daysLater)))
                .findFirst().orElseThrow().id();
    }
}
