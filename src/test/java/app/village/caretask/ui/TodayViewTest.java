package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.TaskCategory;
import app.village.caretask.TaskStatus;
import app.village.family.FamilyRole;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TodayViewTest extends CareTaskUiTest {

    @Test
    void aSupporterSeesWhatIsOpenTodayAndTomorrowWithIllDoItButNotLaterDays() {
        var family = newFamily("The Rivera family");
        motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        motherAdds(family, atNoon("Fold the laundry", TaskCategory.HOUSEHOLD, today().plusDays(1), 30));
        motherAdds(family, atNoon("Pharmacy run", TaskCategory.ERRANDS, today().plusDays(3), 30));

        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        var view = _get(TodayView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Today");
        var open = section("Still open today and tomorrow");
        assertThat(titles(cards(open))).containsExactly("Bring dinner", "Fold the laundry");
        assertThat(textOf(card(open, "Bring dinner"))).contains("Today, 12:00 PM to 1:00 PM", "Meals", "1 h", "Open");
        assertThat(textOf(card(open, "Fold the laundry"))).contains("Tomorrow", "Household", "30 min");
        assertThat(card(open, "Bring dinner").claim.isVisible()).isTrue();
        assertThat(card(open, "Bring dinner").claim.getText()).isEqualTo("I'll do it");
        assertThat(textOf(section("You're doing")))
                .contains("Nothing taken on yet. Pick something below, or add what you'll do.");
        assertThat(everythingInThePage()).doesNotContain("Pharmacy run");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Today · The Rivera family · Village");
    }

    @Test
    void tappingIllDoItMovesTheCardToYoureDoingWithDoneAndHandBack() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        _click(card(section("Still open today and tomorrow"), "Bring dinner").claim);

        NotificationsKt.expectNotifications("It's yours. Thank you!");
        assertThat(cards(section("Still open today and tomorrow"))).isEmpty();
        assertThat(textOf(section("Still open today and tomorrow")))
                .contains("Everything for today and tomorrow is taken care of.");
        var mine = card(section("You're doing"), "Bring dinner");
        assertThat(textOf(mine)).contains("You're on it");
        assertThat(_find(mine, Button.class).stream().map(Button::getText)).containsExactly("Done", "Hand back");
        assertThat(tasksAs(family.supporter(), family.spaceId())).singleElement().satisfies(task -> {
            assertThat(task.id()).isEqualTo(dinner);
            assertThat(task.mine()).isTrue();
            assertThat(task.status()).isEqualTo(TaskStatus.CLAIMED);
        });
    }

    @Test
    void doneAsksForAnOptionalNoteAndMarkingItDoneTakesTheCardAway() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        _click(card(section("You're doing"), "Bring dinner").done);
        MockVaadin.clientRoundtrip(false);

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Mark \"Bring dinner\" done");
        var note = _get(dialog, TextArea.class);
        assertThat(note.getLabel()).isEqualTo("Note for the family (optional)");
        _setValue(note, "Left the soup in the fridge");
        _click(_get(Button.class, spec -> spec.withText("Mark done")));
        MockVaadin.clientRoundtrip(false);

        NotificationsKt.expectNotifications("Done. Thank you!");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(cards(_get(TodayView.class))).isEmpty();
        assertThat(textOf(section("You're doing"))).contains("Nothing taken on yet.");
        assertThat(tasksAs(family.mother(), family.spaceId())).singleElement().satisfies(task -> {
            assertThat(task.status()).isEqualTo(TaskStatus.DONE);
            assertThat(task.assigneeName()).isEqualTo("Grandma Rose");
            assertThat(task.doneNote()).isEqualTo("Left the soup in the fridge");
        });
    }

    @Test
    void markupInTheDoneNoteIsRefusedInTheDialogAndTheTaskStaysHers() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        _click(card(section("You're doing"), "Bring dinner").done);
        MockVaadin.clientRoundtrip(false);
        var dialog = _get(Dialog.class);
        var note = _get(dialog, TextArea.class);
        _setValue(note, "<b>soup</b>");
        _click(_get(Button.class, spec -> spec.withText("Mark done")));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Please use plain text, without < or > characters.");
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNoNotifications();
        assertThat(tasksAs(family.supporter(), family.spaceId())).singleElement()
                .satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.CLAIMED));
    }

    @Test
    void aDoneNoteOfMoreThan500CharactersIsRefusedInTheDialog() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        _click(card(section("You're doing"), "Bring dinner").done);
        MockVaadin.clientRoundtrip(false);
        var dialog = _get(Dialog.class);
        var note = _get(dialog, TextArea.class);
        _setValue(note, "x".repeat(501));
        _click(_get(dialog, Button.class, spec -> spec.withText("Mark done")));

        assertThat(note.getErrorMessage()).isEqualTo("Please keep the note to 500 characters or fewer.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(tasksAs(family.supporter(), family.spaceId())).singleElement()
                .satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.CLAIMED));
    }

    @Test
    void markingDoneATaskDeletedMeanwhileSaysItIsGoneAndDoesNotThankHer() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        _click(card(section("You're doing"), "Bring dinner").done);
        MockVaadin.clientRoundtrip(false);
        var dialog = _get(Dialog.class);

        as(family.mother());
        taskWrites.delete(family.spaceId(), dinner);
        as(family.supporter());
        _click(_get(dialog, Button.class, spec -> spec.withText("Mark done")));
        MockVaadin.clientRoundtrip(false);

        NotificationsKt.expectNotifications("That task is no longer there.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(cards(_get(TodayView.class))).isEmpty();
    }

    @Test
    void notYetClosesTheDoneDialogAndTheTaskStaysHers() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        _click(card(section("You're doing"), "Bring dinner").done);
        MockVaadin.clientRoundtrip(false);
        var dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Not yet")));
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(titles(cards(section("You're doing")))).containsExactly("Bring dinner");
        assertThat(tasksAs(family.supporter(), family.spaceId())).singleElement()
                .satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.CLAIMED));
    }

    @Test
    void handBackPutsTheTaskBackAmongTheOpenOnes() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        _click(card(section("You're doing"), "Bring dinner").handBack);

        NotificationsKt.expectNotifications("Handed back. It's open for someone else now.");
        assertThat(cards(section("You're doing"))).isEmpty();
        assertThat(titles(cards(section("Still open today and tomorrow")))).containsExactly("Bring dinner");
        assertThat(tasksAs(family.mother(), family.spaceId())).singleElement()
                .satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.OPEN));
    }

    @Test
    void aViewerSeesTheOpenTasksButNoButtonToTakeThemOnOrAddOne() {
        var family = newFamily("The Rivera family");
        motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));

        open(family.viewer(), CareTaskNavigation.todayPath(family.spaceId()));

        var view = _get(TodayView.class);
        assertThat(titles(cards(section("Still open today and tomorrow")))).containsExactly("Bring dinner");
        _assertNone(view, Button.class);
        assertThat(linkTexts(view)).doesNotContain("Add a task");
        assertThat(textOf(section("You're doing"))).contains("Viewers follow along; they don't take tasks on.");
    }

    @Test
    void theOwnerSeesAddATaskLinkingToTheEditor() {
        var family = newFamily("The Rivera family");

        open(family.mother(), CareTaskNavigation.todayPath(family.spaceId()));

        assertThat(link(_get(TodayView.class), "Add a task").getHref())
                .isEqualTo("family/" + family.spaceId() + "/tasks/new");
        assertThat(link(_get(TodayView.class), "All tasks").getHref())
                .isEqualTo("family/" + family.spaceId() + "/tasks");
    }

    @Test
    void claimingATaskSomeoneElseJustTookTellsWhoHasItAndShowsNoErrorPage() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        var claim = card(section("Still open today and tomorrow"), "Bring dinner").claim;

        // The mother takes it on from her phone while the page is open on Rose's.
        as(family.mother());
        taskWrites.claim(family.spaceId(), dinner);
        as(family.supporter());
        _click(claim);

        NotificationsKt.expectNotifications("Maya has already taken this on. Thank you all the same!");
        _get(TodayView.class);
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId() + "/today");
        assertThat(everythingInThePage()).doesNotContain("Something went wrong", "We couldn't find that page");
        assertThat(cards(section("You're doing"))).isEmpty();
        assertThat(cards(section("Still open today and tomorrow"))).isEmpty();
        assertThat(tasksAs(family.mother(), family.spaceId())).singleElement()
                .satisfies(task -> assertThat(task.mine()).isTrue());
    }

    @Test
    void theShortRouteOpensTheSpaceSheUsedLast() {
        var first = newFamily("The Rivera family");
        var rose = first.supporter();
        var second = spaceOf(person("Aunt Lena"), "The Okafor family");
        join(person("Aunt Lena"), second, rose, "friend", FamilyRole.SUPPORTER);
        as(rose);
        clock.advance(Duration.ofMinutes(1));
        familyService.openSpace(first.spaceId());

        open(rose, "today");

        assertThat(currentPath()).isEqualTo("today");
        assertThat(linkTexts(_get(TodayView.class))).contains("The Rivera family").doesNotContain("The Okafor family");

        clock.advance(Duration.ofMinutes(1));
        UI.getCurrent().navigate(CareTaskNavigation.todayPath(second));
        UI.getCurrent().navigate("today");

        assertThat(linkTexts(_get(TodayView.class))).contains("The Okafor family").doesNotContain("The Rivera family");
    }

    @Test
    void withNoSpaceAtAllTheShortRouteLandsOnTheStartPage() {
        open(person("Nobody Yet"), "today");

        _assertNone(TodayView.class);
        assertThat(currentPath()).isEmpty();
        assertThat(everythingInThePage()).contains("Start your family space");
    }
}
