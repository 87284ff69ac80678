package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.TaskCategory;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/** A task done for the mother, on the pages: she sees it without "I'll do it"; the editor can mark it. */
class TasksForTheMotherUiTest extends CareTaskUiTest {

    @Test
    void theMotherSeesHerCareOnTodayWithoutIllDoItWhileHerMotherIsOfferedIt() {
        var family = newFamily("The Rivera family");
        motherAdds(family, atNoon("Bring Maya water", TaskCategory.CARE_FOR_THE_MOTHER, today(), 15)
                .withForMother(true));

        open(family.mother(), CareTaskNavigation.todayPath(family.spaceId()));
        var hers = card(section("Still open today and tomorrow"), "Bring Maya water");
        assertThat(textOf(hers)).contains("For you: someone else takes it on");
        assertThat(_find(hers, Button.class)).isEmpty();

        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        var offered = card(section("Still open today and tomorrow"), "Bring Maya water");
        assertThat(textOf(offered)).contains("Open · for the mother");
        assertThat(_find(offered, Button.class)).extracting(Button::getText).containsExactly("I'll do it");
    }

    @Test
    void theTaskPageDoesNotOfferTheMotherHerOwnCare() {
        var family = newFamily("The Rivera family");
        var water = motherAdds(family, atNoon("Bring Maya water", TaskCategory.CARE_FOR_THE_MOTHER, today(), 15)
                .withForMother(true));

        open(family.mother(), CareTaskNavigation.taskPath(family.spaceId(), water));

        assertThat(_get(TaskView.class).claim.isVisible()).isFalse();
        assertThat(textOf(_get(TaskView.class))).contains("For you: someone else takes it on");
    }

    @Test
    void choosingCareForTheMotherOnANewTaskTicksForHerWhichSaysWhatItDoes() {
        var family = newFamily("The Rivera family");
        open(family.mother(), CareTaskNavigation.newTaskPath(family.spaceId()));
        var view = _get(TaskEditorView.class);
        assertThat(view.fields.forMother.getValue()).isFalse();
        assertThat(view.fields.forMother.getLabel()).isEqualTo("For her: don't ask her to take it on");

        _setValue(view.fields.title, "Hold Luna so Maya can eat");
        _setValue(view.fields.category, TaskCategory.CARE_FOR_THE_MOTHER);

        assertThat(view.fields.forMother.getValue()).as("ticked with the category").isTrue();
        _click(view.save);

        NotificationsKt.expectNotifications("Task added.");
        assertThat(tasksAs(family.mother(), family.spaceId())).singleElement().satisfies(task -> {
            assertThat(task.forMother()).isTrue();
            assertThat(task.mayClaim()).isFalse();
        });
    }

    @Test
    void sheCanUntickForHerAndTheTaskIsSavedAsOneSheMayTakeOn() {
        var family = newFamily("The Rivera family");
        open(family.mother(), CareTaskNavigation.newTaskPath(family.spaceId()));
        var view = _get(TaskEditorView.class);

        _setValue(view.fields.title, "Book Maya's six-week check-up");
        _setValue(view.fields.category, TaskCategory.CARE_FOR_THE_MOTHER);
        _setValue(view.fields.forMother, false);
        _click(view.save);

        NotificationsKt.expectNotifications("Task added.");
        assertThat(tasksAs(family.mother(), family.spaceId())).singleElement()
                .satisfies(task -> assertThat(task.forMother()).isFalse());
    }

    @Test
    void changingTheCategoryOfATaskSheSavedDoesNotTickForHer() {
        var family = newFamily("The Rivera family");
        var check = motherAdds(family, atNoon("Book the check-up", TaskCategory.HOUSEHOLD, today(), 15));

        open(family.mother(), CareTaskNavigation.editPath(family.spaceId(), check));
        var view = _get(TaskEditorView.class);
        _setValue(view.fields.category, TaskCategory.CARE_FOR_THE_MOTHER);

        assertThat(view.fields.forMother.getValue()).as("her earlier choice stands").isFalse();
    }

    @Test
    void theEditorShowsTheMarkWhenChangingTheTask() {
        var family = newFamily("The Rivera family");
        var water = motherAdds(family, atNoon("Bring Maya water", TaskCategory.CARE_FOR_THE_MOTHER, today(), 15)
                .withForMother(true));

        open(family.mother(), CareTaskNavigation.editPath(family.spaceId(), water));

        assertThat(_get(TaskEditorView.class).fields.forMother.getValue()).isTrue();
    }
}
