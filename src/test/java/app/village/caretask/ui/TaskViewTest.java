package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.SpaceForm;
import app.village.security.VillageUser;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskViewTest extends CareTaskUiTest {

    private TaskView openTask(VillageUser who, Family family, UUID taskId) {
        open(who, CareTaskNavigation.taskPath(family.spaceId(), taskId));
        return _get(TaskView.class);
    }

    private void householdNotes(Family family) {
        as(family.mother());
        var settings = familyService.space(family.spaceId()).settings();
        familyService.updateSpace(family.spaceId(), new SpaceForm(settings.name(), settings.babyName(),
                settings.babyDate(), settings.babyBorn(), settings.timeZone(), "Vegetarian, no peanuts",
                "Leave it on the porch, text don't knock", "1 to 4 pm", "12 Elm Street", false, settings.country()));
    }

    @Test
    void theTaskPageShowsItsFactsAndNotes() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, TaskForm.once("Bring dinner", TaskCategory.MEALS, "Enough for four", today(), 90)
                .withTimes(LocalTime.of(18, 0), LocalTime.of(19, 0)));

        var view = openTask(family.supporter(), family, dinner);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Bring dinner");
        assertThat(textOf(view)).contains("Open", "When", "Today, 6:00 PM to 7:00 PM", "Category", "Meals", "Effort",
                "About 1 h 30 min", "Notes", "Enough for four");
        assertThat(view.claim.isVisible()).isTrue();
        assertThat(view.done.isVisible()).isFalse();
        assertThat(view.handBack.isVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Bring dinner · Village");
    }

    @Test
    void aMealSheTookOnShowsTheHouseholdNotesBeforeSheBringsIt() {
        var family = newFamily("The Rivera family");
        householdNotes(family);
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);

        var view = openTask(family.supporter(), family, dinner);

        var notes = section("Before you bring the meal");
        assertThat(textOf(notes)).contains("Diet and allergies", "Vegetarian, no peanuts", "Drop-off",
                "Leave it on the porch, text don't knock", "Quiet hours", "1 to 4 pm", "Address", "12 Elm Street");
        assertThat(textOf(view)).contains("You're on it");
        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.handBack.isVisible()).isTrue();
        assertThat(view.claim.isVisible()).isFalse();
    }

    @Test
    void theHouseholdNotesAppearOnceSheTakesTheMealOn() {
        var family = newFamily("The Rivera family");
        householdNotes(family);
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        var view = openTask(family.supporter(), family, dinner);
        assertThat(textOf(view)).doesNotContain("Before you bring the meal", "12 Elm Street");

        _click(view.claim);

        NotificationsKt.expectNotifications("It's yours. Thank you!");
        assertThat(textOf(section("Before you bring the meal"))).contains("Vegetarian, no peanuts", "12 Elm Street");
    }

    @Test
    void anErrandShowsNoHouseholdNotes() {
        var family = newFamily("The Rivera family");
        householdNotes(family);
        var errand = motherAdds(family, atNoon("Pharmacy run", TaskCategory.ERRANDS, today(), 30));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), errand);

        var view = openTask(family.supporter(), family, errand);

        assertThat(textOf(view)).contains("Pharmacy run", "You're on it")
                .doesNotContain("Before you bring the meal", "Vegetarian", "12 Elm Street", "porch");
        assertThat(_find(view, Section.class).stream().map(CareTaskUiTest::textOf))
                .noneMatch(text -> text.contains("Diet and allergies"));
    }

    @Test
    void aSupporterCannotChangeOrDeleteTheMothersTask() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));

        var view = openTask(family.supporter(), family, dinner);

        assertThat(textOf(view)).doesNotContain("Change or remove");
        assertThat(linkTexts(view)).doesNotContain("Change", "Change this day", "Change all coming days");
        assertThat(_find(view, Button.class).stream().map(Button::getText)).containsExactly("I'll do it")
                .doesNotContain("Delete…");
    }

    @Test
    void theMotherSeesChangeAndDeleteForHerTask() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));

        var view = openTask(family.mother(), family, dinner);

        var changes = section("Change or remove");
        assertThat(link(changes, "Change").getHref())
                .isEqualTo("family/" + family.spaceId() + "/tasks/" + dinner + "/edit");
        assertThat(view.delete.getText()).isEqualTo("Delete…");
        assertThat(linkTexts(changes)).doesNotContain("Change all coming days");
    }

    @Test
    void aSupporterMayChangeATaskSheAddedHerself() {
        var family = newFamily("The Rivera family");
        as(family.supporter());
        var own = taskWrites.addMyOwnTask(family.spaceId(), atNoon("Walk the dog", TaskCategory.OLDER_CHILDREN_AND_PETS,
                today(), 30));

        openTask(family.supporter(), family, own);

        assertThat(linkTexts(section("Change or remove"))).contains("Change");
    }

    @Test
    void deleteAsksFirstKeepItKeepsTheTaskAndConfirmingRemovesIt() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        var view = openTask(family.mother(), family, dinner);

        _click(view.delete);
        MockVaadin.clientRoundtrip(false);

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Delete \"Bring dinner\"?");
        assertThat(textOf(dialog)).contains("It goes from everyone's lists.");
        assertThat(tasksAs(family.mother(), family.spaceId())).hasSize(1);

        _click(_get(dialog, Button.class, spec -> spec.withText("Keep it")));
        MockVaadin.clientRoundtrip(false);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(tasksAs(family.mother(), family.spaceId())).hasSize(1);

        _click(view.delete);
        MockVaadin.clientRoundtrip(false);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Delete")));

        NotificationsKt.expectNotifications("Task deleted.");
        assertThat(tasksAs(family.mother(), family.spaceId())).isEmpty();
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/tasks");
    }

    @Test
    void aRepeatingTaskOffersChangingThisDayOrAllComingDaysAndStopRepeatingAsksFirst() {
        var family = newFamily("The Rivera family");
        var first = motherAdds(family, TaskForm.weekly("Walk the dog", TaskCategory.OLDER_CHILDREN_AND_PETS, "",
                today(), Set.of(DayOfWeek.values()), today().plusDays(6), 30));
        var view = openTask(family.mother(), family, first);

        assertThat(textOf(view)).contains("Repeats", "Every Mon, Tue, Wed, Thu, Fri, Sat, Sun until");
        assertThat(linkTexts(section("Change or remove"))).contains("Change this day", "Change all coming days");
        assertThat(view.delete.getText()).isEqualTo("Delete this day…");

        _click(view.stopRepeating);
        MockVaadin.clientRoundtrip(false);
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Stop repeating?");
        assertThat(tasksAs(family.mother(), family.spaceId())).hasSize(7);
        _click(_get(dialog, Button.class, spec -> spec.withText("Stop repeating")));

        NotificationsKt.expectNotifications("It no longer repeats.");
        assertThat(tasksAs(family.mother(), family.spaceId())).isEmpty();
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/tasks");
    }

    @Test
    void aDoneTaskShowsItsNoteAndOffersNoActions() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        taskWrites.markDone(family.spaceId(), dinner, "Left the soup in the fridge");

        var view = openTask(family.mother(), family, dinner);

        assertThat(textOf(view)).contains("Done by Grandma Rose", "Note when it was done",
                "Left the soup in the fridge");
        assertThat(_find(view, Button.class)).isEmpty();
        assertThat(textOf(view)).doesNotContain("Change or remove");
    }

    @Test
    void aViewerIsToldViewersDoNotTakeTasksOn() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));

        var view = openTask(family.viewer(), family, dinner);

        assertThat(_find(view, Button.class)).isEmpty();
        assertThat(textOf(view)).contains("Viewers follow along; they don't take tasks on.");
    }

    @Test
    void aTaskThatWasDeletedMeanwhileSaysItIsGone() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        taskWrites.delete(family.spaceId(), dinner);

        var view = openTask(family.supporter(), family, dinner);

        assertThat(_get(view, H1.class).getText()).isEqualTo("This task is gone");
        assertThat(textOf(view)).contains("That task is no longer there.").doesNotContain("Bring dinner");
        assertThat(link(view, "See all tasks").getHref()).isEqualTo("family/" + family.spaceId() + "/tasks");
    }
}
