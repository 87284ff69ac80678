package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.TaskCategory;
import app.village.caretask.TaskId;
import app.village.caretask.TaskStatus;
import app.village.family.ui.FamilyNavigation;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The care-task pages follow the space's tasks: when another member adds, takes or hands back a task, the page
 * she has open shows it after the push, without navigating, and keeps what she typed; her own changes made
 * elsewhere don't make it read again.
 */
class LiveTaskPagesTest extends CareTaskUiTest {

    /** The push waits 150 ms to gather changes; a second is the most the family should wait. */

    @Autowired ShiftService shifts;

    @Test
    void todayShowsATaskAnotherMemberAddsAndTakesWithoutLeavingThePage() {
        var family = newFamily("The Rivera family");
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        var view = _get(TodayView.class);
        assertThat(cards(section("Still open today and tomorrow"))).isEmpty();

        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());

        awaitPush(() -> titles(cards(section("Still open today and tomorrow"))).contains("Bring dinner"));
        assertThat(card(section("Still open today and tomorrow"), "Bring dinner").claim.isVisible()).isTrue();

        as(family.mother());
        taskWrites.claim(family.spaceId(), dinner);
        as(family.supporter());

        awaitPush(() -> cards(section("Still open today and tomorrow")).isEmpty());
        assertThat(textOf(section("Still open today and tomorrow")))
                .contains("Everything for today and tomorrow is taken care of.");
        assertThat(_get(TodayView.class)).isSameAs(view);
        assertThat(currentPath()).isEqualTo(CareTaskNavigation.todayPath(family.spaceId()));
    }

    @Test
    void herOwnChangeInThisTabIsNotEchoedButOneFromHerOtherPhoneShows() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        var laundry = motherAdds(family, atNoon("Fold the laundry", TaskCategory.HOUSEHOLD, today(), 30));
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        var before = card(section("Still open today and tomorrow"), "Bring dinner");

        // Made in this tab (through the service, on the page's own thread): the page itself shows its own taps.
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        roundtripsFor(Duration.ofMillis(600));
        assertThat(card(section("Still open today and tomorrow"), "Bring dinner")).isSameAs(before);

        // From her other phone: this page reads again, as for anyone's change.
        fromAnotherTab(family.supporter(), () -> taskWrites.claim(family.spaceId(), laundry));
        as(family.supporter());
        awaitPush(() -> titles(cards(section("You're doing"))).containsAll(java.util.List.of("Bring dinner",
                "Fold the laundry")));
        assertThat(cards(section("Still open today and tomorrow"))).isEmpty();
    }

    @Test
    void aRefreshOfTodayKeepsTheShiftSheIsOnAndTheNoteSheIsTyping() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        var night = shifts.create(family.spaceId(), new ShiftForm(ShiftKind.NIGHT, today(), LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 2, ""));
        as(family.supporter());
        shifts.signUp(family.spaceId(), night);
        taskWrites.claim(family.spaceId(), dinner);
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        var shiftItem = notATaskCard(section("You're doing"));
        _click(card(section("You're doing"), "Bring dinner").done);
        MockVaadin.clientRoundtrip(false);
        _setValue(_get(TextArea.class), "Left the soup in the fridge");

        motherAdds(family, atNoon("Fold the laundry", TaskCategory.HOUSEHOLD, today(), 30));
        as(family.supporter());

        awaitPush(() -> titles(cards(section("Still open today and tomorrow"))).contains("Fold the laundry"));
        assertThat(notATaskCard(section("You're doing"))).isSameAs(shiftItem);
        assertThat(shiftItem.isAttached()).isTrue();
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(_get(TextArea.class).getValue()).isEqualTo("Left the soup in the fridge");
    }

    @Test
    void theTaskListShowsAnotherMembersChangeAndKeepsHerFiltersAndHowFarSheRead() {
        var family = newFamily("The Rivera family");
        for (var i = 1; i <= 25; i++) {
            motherAdds(family, atNoon("Laundry " + i, TaskCategory.HOUSEHOLD, today().plusDays(1), 30));
        }
        open(family.supporter(), CareTaskNavigation.tasksPath(family.spaceId()));
        var view = _get(TaskListView.class);
        _setValue(view.category, Optional.of(TaskCategory.HOUSEHOLD));
        _setValue(view.to, today().plusDays(7));
        _click(view.showMore);
        assertThat(view.shown.getText()).isEqualTo("Showing 25 of 25 tasks.");
        var firstCard = cards(view.list).getFirst();

        var soup = motherAdds(family, atNoon("Make soup", TaskCategory.HOUSEHOLD, today(), 30));
        motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());

        awaitPush(() -> view.shown.getText().equals("Showing 25 of 26 tasks."));
        assertThat(titles(cards(view.list))).hasSize(25).contains("Make soup").doesNotContain("Bring dinner");
        assertThat(view.showMore.isVisible()).isTrue();
        assertThat(view.category.getValue()).contains(TaskCategory.HOUSEHOLD);
        assertThat(view.to.getValue()).isEqualTo(today().plusDays(7));

        as(family.mother());
        taskWrites.claim(family.spaceId(), soup);
        as(family.supporter());

        awaitPush(() -> textOf(card(view.list, "Make soup")).contains("Maya is on it"));
        assertThat(card(view.list, "Make soup").claim.getParent()).isEmpty();
        assertThat(cards(view.list).getFirst()).isNotSameAs(firstCard);
        assertThat(_get(TaskListView.class)).isSameAs(view);
    }

    @Test
    void aTasksPageFollowsWhoHasItAndSaysCalmlyWhenItWasRemoved() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        var view = openTask(family.supporter(), family, dinner);
        assertThat(view.claim.isVisible()).isTrue();

        as(family.mother());
        taskWrites.claim(family.spaceId(), dinner);
        as(family.supporter());

        awaitPush(() -> textOf(view).contains("Maya is on it"));
        assertThat(view.claim.isVisible()).isFalse();

        as(family.mother());
        taskWrites.handBack(family.spaceId(), dinner);
        as(family.supporter());

        awaitPush(() -> view.claim.isVisible());
        assertThat(textOf(view)).contains("Open").doesNotContain("Maya is on it");

        as(family.mother());
        taskWrites.delete(family.spaceId(), dinner);
        as(family.supporter());

        awaitPush(() -> textOf(view).contains("This task was removed."));
        assertThat(_get(view, H1.class).getText()).isEqualTo("Bring dinner");
        assertThat(link(view, "See all tasks").getHref()).isEqualTo("family/" + family.spaceId() + "/tasks");
        assertThat(_get(TaskView.class)).isSameAs(view);
    }

    @Test
    void herOwnChangeDoesNotRedrawATasksPage() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        var view = openTask(family.supporter(), family, dinner);
        var claim = view.claim;

        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        roundtripsFor(Duration.ofMillis(600));

        assertThat(view.claim).isSameAs(claim);
        assertThat(tasksAs(family.supporter(), family.spaceId()).getFirst().status()).isEqualTo(TaskStatus.CLAIMED);
    }

    @Test
    void todayOnTheHomeCountsAnotherMembersTaskAtOnce() {
        var family = newFamily("The Rivera family");
        open(family.supporter(), FamilyNavigation.homePath(family.spaceId()));
        var today = section("Today");
        var openLine = openLine(today);
        assertThat(openLine.getText()).startsWith("No tasks yet.");

        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        motherAdds(family, atNoon("Fold the laundry", TaskCategory.HOUSEHOLD, today(), 30));
        as(family.supporter());

        awaitPush(() -> openLine.getText().equals("2 tasks are still open today or tomorrow."));

        as(family.mother());
        taskWrites.claim(family.spaceId(), dinner);
        as(family.supporter());

        awaitPush(() -> openLine.getText().equals("1 task is still open today or tomorrow."));
        assertThat(section("Today")).isSameAs(today);
    }

    @Test
    void theFairShareOnceShownMovesWhenAnotherMemberMarksATaskDone() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        taskWrites.claim(family.spaceId(), dinner);
        open(family.supporter(), FamilyNavigation.homePath(family.spaceId()));
        var fairShare = section("Fair share");
        _click(_get(fairShare, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Show the fair share")));
        assertThat(textOf(fairShare)).contains("Nothing marked done in these days yet.");

        as(family.mother());
        taskWrites.markDone(family.spaceId(), dinner, "");
        as(family.supporter());

        awaitPush(() -> textOf(fairShare).contains("Maya"));
        assertThat(textOf(fairShare)).doesNotContain("Nothing marked done in these days yet.");
    }

    private TaskView openTask(VillageUser who, Family family, TaskId taskId) {
        open(who, CareTaskNavigation.taskPath(family.spaceId(), taskId));
        return _get(TaskView.class);
    }

    /** The section's lines are the day, what is open, and what she is doing. */
    private static Paragraph openLine(Component today) {
        return (Paragraph) today.getChildren().filter(Paragraph.class::isInstance).toList().get(1);
    }

    private static ListItem notATaskCard(Component section) {
        return _find(section, ListItem.class).stream().filter(item -> !(item instanceof TaskCard))
                .reduce((first, second) -> {
                    throw new AssertionError("More than one item from another feature");
                })
                .orElseThrow(() -> new AssertionError("No item from another feature in " + textOf(section)));
    }
}
