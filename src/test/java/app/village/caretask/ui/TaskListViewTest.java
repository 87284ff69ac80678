package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskListViewTest extends CareTaskUiTest {

    private TaskListView openList(Family family) {
        open(family.mother(), CareTaskNavigation.tasksPath(family.spaceId()));
        var view = _get(TaskListView.class);
        _get(view, Details.class).setOpened(true);
        return view;
    }

    @Test
    void aLongListShowsTwentyAtATimeUntilEveryTaskIsShown() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        for (int i = 1; i <= 45; i++) {
            taskWrites.create(family.spaceId(), atNoon("Task %02d".formatted(i), TaskCategory.HOUSEHOLD,
                    today().plusDays(i), 15));
        }

        var view = openList(family);

        assertThat(view.shown.getText()).isEqualTo("Showing 20 of 45 tasks.");
        assertThat(cards(view.list)).hasSize(20);
        assertThat(titles(cards(view.list)).getFirst()).isEqualTo("Task 01");
        assertThat(view.showMore.isVisible()).isTrue();

        _click(view.showMore);
        assertThat(view.shown.getText()).isEqualTo("Showing 40 of 45 tasks.");
        assertThat(cards(view.list)).hasSize(40);
        assertThat(view.showMore.isVisible()).isTrue();

        _click(view.showMore);
        assertThat(view.shown.getText()).isEqualTo("Showing 45 of 45 tasks.");
        assertThat(titles(cards(view.list))).hasSize(45).doesNotHaveDuplicates().last().isEqualTo("Task 45");
        assertThat(view.showMore.isVisible()).isFalse();
    }

    @Test
    void theListIsGroupedByDayAndADailyTaskShowsOnceWithHowItRepeats() {
        var family = newFamily("The Rivera family");
        motherAdds(family, TaskForm.weekly("Wash the bottles", TaskCategory.BABY_CARE, "", today(),
                Set.of(DayOfWeek.values()), today().plusDays(29), 15));
        motherAdds(family, atNoon("Pharmacy run", TaskCategory.ERRANDS, today().plusDays(1), 30));
        motherAdds(family, atNoon("Post office", TaskCategory.ERRANDS, today().plusDays(1), 30));

        var view = openList(family);

        // Thirty days of the daily task would fill the page: it is one entry, on its next open day.
        assertThat(titles(cards(view.list))).hasSize(3).first().isEqualTo("Wash the bottles");
        assertThat(view.shown.getText()).isEqualTo("Showing 3 of 3 tasks.");
        assertThat(textOf(card(view.list, "Wash the bottles"))).contains("Every Mon, Tue, Wed, Thu, Fri, Sat, Sun");
        assertThat(_find(view.list, H2.class).stream().map(H2::getText).toList()).containsExactly(
                "Today, " + TaskTexts.longDay(today()), "Tomorrow, " + TaskTexts.longDay(today().plusDays(1)));
        var tomorrow = _find(view.list, UnorderedList.class).get(1);
        assertThat(titles(cards(tomorrow))).containsExactlyInAnyOrder("Pharmacy run", "Post office");
    }

    @Test
    void aDayOfARepeatingTaskSomeoneTookOnKeepsItsOwnEntry() {
        var family = newFamily("The Rivera family");
        var first = motherAdds(family, TaskForm.weekly("Wash the bottles", TaskCategory.BABY_CARE, "", today(),
                Set.of(DayOfWeek.values()), today().plusDays(9), 15));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), first);

        var view = openList(family);

        // Today's is Rose's; the next open day (tomorrow) stands for the rest.
        assertThat(titles(cards(view.list))).containsExactly("Wash the bottles", "Wash the bottles");
        assertThat(textOf(cards(view.list).get(0))).contains("Grandma Rose is on it");
        assertThat(textOf(cards(view.list).get(1))).contains("Tomorrow", "Open");
    }

    /** Seven tasks: three meals (one taken on by Rose, one done by her), two errands tomorrow, one next week, one undated. */
    private Family familyWithAMixOfTasks() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        var lunch = motherAdds(family, atNoon("Bring lunch", TaskCategory.MEALS, today(), 45));
        motherAdds(family, atNoon("Bake bread", TaskCategory.MEALS, today(), 90));
        motherAdds(family, atNoon("Pharmacy run", TaskCategory.ERRANDS, today().plusDays(1), 30));
        motherAdds(family, atNoon("Post office", TaskCategory.ERRANDS, today().plusDays(1), 30));
        motherAdds(family, atNoon("Mow the lawn", TaskCategory.HOUSEHOLD, today().plusDays(7), 60));
        motherAdds(family, TaskForm.once("Sort the baby clothes", TaskCategory.BABY_CARE, "", null, 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        taskWrites.claim(family.spaceId(), lunch);
        taskWrites.markDone(family.spaceId(), lunch, "");
        return family;
    }

    @Test
    void byDefaultTheListStartsTodayAndLeavesOutUndatedTasks() {
        var family = familyWithAMixOfTasks();

        var view = openList(family);

        assertThat(view.from.getValue()).isEqualTo(today());
        assertThat(view.to.getValue()).isNull();
        assertThat(view.shown.getText()).isEqualTo("Showing 6 of 6 tasks.");
        assertThat(titles(cards(view.list))).doesNotContain("Sort the baby clothes");
        assertThat(view.showMore.isVisible()).isFalse();
    }

    @Test
    void clearingBothDatesShowsEveryTaskIncludingOnesWithoutADay() {
        var family = familyWithAMixOfTasks();
        var view = openList(family);

        _setValue(view.from, null);

        assertThat(view.shown.getText()).isEqualTo("Showing 7 of 7 tasks.");
        assertThat(titles(cards(view.list))).last().isEqualTo("Sort the baby clothes");
        assertThat(textOf(card(view.list, "Sort the baby clothes"))).contains("Any day");
    }

    @Test
    void onlyAnEndDateStillLeavesOutUndatedTasks() {
        var family = familyWithAMixOfTasks();
        var view = openList(family);

        _setValue(view.from, null);
        _setValue(view.to, today().plusDays(1));

        assertThat(view.shown.getText()).isEqualTo("Showing 5 of 5 tasks.");
        assertThat(titles(cards(view.list))).doesNotContain("Sort the baby clothes", "Mow the lawn");
    }

    @Test
    void aDateRangeShowsOnlyItsDaysAndWorksEitherWayRound() {
        var family = familyWithAMixOfTasks();
        var view = openList(family);

        _setValue(view.from, today().plusDays(1));
        _setValue(view.to, today().plusDays(1));
        assertThat(view.shown.getText()).isEqualTo("Showing 2 of 2 tasks.");
        assertThat(titles(cards(view.list))).containsExactlyInAnyOrder("Pharmacy run", "Post office");

        _setValue(view.from, today().plusDays(7));
        _setValue(view.to, today().plusDays(1));
        assertThat(view.shown.getText()).isEqualTo("Showing 3 of 3 tasks.");
        assertThat(titles(cards(view.list))).containsExactlyInAnyOrder("Pharmacy run", "Post office", "Mow the lawn");
    }

    @Test
    void theCategoryFilterShowsOnlyThatKindOfHelp() {
        var family = familyWithAMixOfTasks();
        var view = openList(family);

        _setValue(view.category, Optional.of(TaskCategory.ERRANDS));
        assertThat(view.shown.getText()).isEqualTo("Showing 2 of 2 tasks.");
        assertThat(titles(cards(view.list))).containsExactlyInAnyOrder("Pharmacy run", "Post office");

        _setValue(view.category, Optional.of(TaskCategory.VISITS));
        assertThat(view.shown.getText()).isEqualTo("No tasks match these filters.");
        assertThat(cards(view.list)).isEmpty();
        assertThat(view.showMore.isVisible()).isFalse();

        _setValue(view.category, Optional.empty());
        assertThat(view.shown.getText()).isEqualTo("Showing 6 of 6 tasks.");
    }

    @Test
    void theStatusFilterSeparatesOpenTakenOnAndDone() {
        var family = familyWithAMixOfTasks();
        var view = openList(family);

        _setValue(view.status, Optional.of(TaskStatus.OPEN));
        assertThat(view.shown.getText()).isEqualTo("Showing 4 of 4 tasks.");
        _setValue(view.status, Optional.of(TaskStatus.CLAIMED));
        assertThat(titles(cards(view.list))).containsExactly("Bring dinner");
        assertThat(textOf(card(view.list, "Bring dinner"))).contains("Grandma Rose is on it");
        _setValue(view.status, Optional.of(TaskStatus.DONE));
        assertThat(titles(cards(view.list))).containsExactly("Bring lunch");
        assertThat(textOf(card(view.list, "Bring lunch"))).contains("Done by Grandma Rose");
    }

    @Test
    void thePersonFilterShowsWhatSheTookOnOrDidAndNamesTheMembers() {
        var family = familyWithAMixOfTasks();
        var view = openList(family);

        assertThat(view.person.getListDataView().getItems().map(view.person.getItemLabelGenerator()::apply))
                .startsWith("Anyone").containsExactlyInAnyOrder("Anyone", "Maya (you)", "Grandma Rose", "Uncle Bo");
        _setValue(view.person, Optional.of(family.supporter().accountId()));
        assertThat(view.shown.getText()).isEqualTo("Showing 2 of 2 tasks.");
        assertThat(titles(cards(view.list))).containsExactlyInAnyOrder("Bring dinner", "Bring lunch");

        _setValue(view.person, Optional.of(family.viewer().accountId()));
        assertThat(view.shown.getText()).isEqualTo("No tasks match these filters.");
    }

    @Test
    void filtersCombine() {
        var family = familyWithAMixOfTasks();
        var view = openList(family);

        _setValue(view.category, Optional.of(TaskCategory.MEALS));
        _setValue(view.status, Optional.of(TaskStatus.OPEN));

        assertThat(titles(cards(view.list))).containsExactly("Bake bread");
        assertThat(view.shown.getText()).isEqualTo("Showing 1 of 1 task.");
    }

    @Test
    void theShortRouteListsTheTasksOfTheSpaceSheUsedLast() {
        var family = familyWithAMixOfTasks();
        as(family.mother());
        clock.advance(Duration.ofMinutes(1));
        familyService.openSpace(family.spaceId());

        open(family.mother(), "tasks");

        var view = _get(TaskListView.class);
        assertThat(currentPath()).isEqualTo("tasks");
        assertThat(view.shown.getText()).isEqualTo("Showing 6 of 6 tasks.");
        assertThat(link(view, "Add a task").getHref()).isEqualTo("family/" + family.spaceId() + "/tasks/new");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Tasks · The Rivera family · Village");
    }

    @Test
    void claimingFromTheListKeepsTheFiltersAndShowsTheNewState() {
        var family = familyWithAMixOfTasks();
        open(family.supporter(), CareTaskNavigation.tasksPath(family.spaceId()));
        var view = _get(TaskListView.class);
        _get(view, Details.class).setOpened(true);
        _setValue(view.category, Optional.of(TaskCategory.ERRANDS));

        _click(card(view.list, "Pharmacy run").claim);

        assertThat(view.shown.getText()).isEqualTo("Showing 2 of 2 tasks.");
        assertThat(textOf(card(view.list, "Pharmacy run"))).contains("You're on it");
        assertThat(card(view.list, "Pharmacy run").done.isVisible()).isTrue();
        assertThat(view.category.getValue()).contains(TaskCategory.ERRANDS);
    }

    @Test
    void theFiltersAreBuiltWhenSheOpensThemNotSentWithEveryVisit() {
        var family = familyWithAMixOfTasks();
        open(family.mother(), CareTaskNavigation.tasksPath(family.spaceId()));
        var view = _get(TaskListView.class);

        assertThat(_find(view, Select.class)).isEmpty();
        assertThat(view.shown.getText()).isEqualTo("Showing 6 of 6 tasks.");

        _get(view, Details.class).setOpened(true);

        assertThat(_find(view, Select.class)).hasSize(3);
        assertThat(view.from.isAttached()).isTrue();
    }

    @Test
    void aCardSaysCategoryEffortAndRepeatsInOneTextRatherThanASpanEach() {
        var family = newFamily("The Rivera family");
        motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));

        var view = openList(family);
        var card = card(view.list, "Bring dinner");

        // The "when" and the status are spans of their own (styled); the rest of the line is plain text.
        assertThat(_find(card, Span.class)).hasSize(2);
        assertThat(textOf(card)).contains(" · Meals · 1 h");
    }

    @Test
    void aDoneNoteIsQuotedWithPlainQuotesSoTheListStaysOneByteACharacter() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        taskWrites.markDone(family.spaceId(), dinner, "Left the soup in the fridge");

        var view = openList(family);

        assertThat(textOf(card(view.list, "Bring dinner"))).contains("\"Left the soup in the fridge\"")
                .matches("[\\u0000-\\u00ff]*");
    }
}
