package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.TaskCategory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Empty pages say what is true and offer the next step, never thanks for work that doesn't exist. */
class EmptyTaskPagesTest extends CareTaskUiTest {

    @Test
    void todayInASpaceWithoutTasksOffersTheFirstOneInsteadOfSayingAllIsTakenCareOf() {
        var family = newFamily("The Rivera family");

        open(family.mother(), CareTaskNavigation.todayPath(family.spaceId()));

        var open = section("Still open today and tomorrow");
        assertThat(textOf(open)).contains("No tasks yet. Add the first one, or plan the first weeks with a "
                + "repeating task").doesNotContain("taken care of");
        assertThat(link(open, "Add the first task").getHref())
                .isEqualTo(CareTaskNavigation.newTaskPath(family.spaceId()));
        assertThat(textOf(section("You're doing"))).contains("Nothing taken on yet. You can add something you'll do.")
                .doesNotContain("Pick something below");
    }

    @Test
    void aViewerOfASpaceWithoutTasksReadsNoTasksYetWithoutAnOfferToAdd() {
        var family = newFamily("The Rivera family");

        open(family.viewer(), CareTaskNavigation.todayPath(family.spaceId()));

        var open = section("Still open today and tomorrow");
        assertThat(textOf(open)).contains("No tasks yet.").doesNotContain("Add the first", "taken care of");
        assertThat(linkTexts(open)).isEmpty();
    }

    @Test
    void todayWithTasksOnlyOnLaterDaysSaysNothingIsPlannedRatherThanTakenCareOf() {
        var family = newFamily("The Rivera family");
        motherAdds(family, atNoon("Pharmacy run", TaskCategory.ERRANDS, today().plusDays(3), 30));

        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        assertThat(textOf(section("Still open today and tomorrow")))
                .contains("Nothing is planned for today or tomorrow.").doesNotContain("taken care of");
    }

    @Test
    void theTaskListOfASpaceWithoutTasksSaysSoAndNotThatTheFiltersMatchNothing() {
        var family = newFamily("The Rivera family");

        open(family.mother(), CareTaskNavigation.tasksPath(family.spaceId()));

        assertThat(_get(TaskListView.class).shown.getText())
                .isEqualTo("No tasks yet. Add the first one, or plan the first weeks with a repeating task.");
    }

    @Test
    void theTaskListAsItOpensSaysNothingIsComingUpWhenAllTasksArePast() {
        var family = newFamily("The Rivera family");
        motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today().minusDays(2), 60));

        open(family.mother(), CareTaskNavigation.tasksPath(family.spaceId()));
        var view = _get(TaskListView.class);

        assertThat(view.shown.getText()).isEqualTo("Nothing from today on. Clear the From date to see earlier tasks.");
        _setValue(view.category, Optional.of(TaskCategory.VISITS));
        assertThat(view.shown.getText()).isEqualTo("No tasks match these filters.");
        _setValue(view.category, Optional.empty());
        _setValue(view.from, null);
        assertThat(view.shown.getText()).isEqualTo("Showing 1 of 1 task.");
    }
}
