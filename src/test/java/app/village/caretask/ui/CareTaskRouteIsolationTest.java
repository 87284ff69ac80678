package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.security.VillageUser;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every care-task route, opened by a signed-in member of another family with that family's ids. */
class CareTaskRouteIsolationTest extends CareTaskUiTest {

    /** Another family with a repeating task, and Anna, who belongs to a family of her own only. */
    record TwoFamilies(UUID theirSpace, UUID theirTask, VillageUser anna, UUID annasSpace) {
    }

    private TwoFamilies twoFamilies() {
        return shared("isolation", () -> {
            var stranger = newAccount("Stranger Secretname");
            var theirSpace = spaceOf(stranger, "The Secret-Name family");
            var theirTask = taskWrites.create(theirSpace, TaskForm.weekly("Secret errand", TaskCategory.ERRANDS,
                    "Hidden notes", today(), Set.of(DayOfWeek.values()), today().plusDays(6), 30));
            var anna = newAccount("Anna");
            var annasSpace = spaceOf(anna, "Anna's family");
            return new TwoFamilies(theirSpace, theirTask, anna, annasSpace);
        });
    }

    private static void assertNothingOfTheirs(TwoFamilies families) {
        assertThat(everythingInThePage()).doesNotContain("Secret", "Hidden notes", families.theirSpace().toString(),
                families.theirTask().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/today", "/tasks", "/tasks/new", "/tasks/{task}", "/tasks/{task}/edit",
            "/tasks/{task}/edit-all"})
    void anotherFamilysAddressShowsNothingOfItAndLandsOnHerOwnSpace(String page) {
        var families = twoFamilies();

        open(families.anna(), "family/" + families.theirSpace() + page.replace("{task}", families.theirTask().toString()));

        assertThat(currentPath()).as("she is taken to her own space").isEqualTo("family/" + families.annasSpace());
        assertThat(_get(H1.class).getText()).isEqualTo("Anna's family");
        NotificationsKt.expectNotifications("This family space is no longer shared with you.");
        assertNothingOfTheirs(families);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tasks/{task}/edit", "/tasks/{task}/edit-all"})
    void herOwnSpaceWithTheirTaskIdRefusesToChangeItAndShowsNothingOfIt(String page) {
        var families = twoFamilies();

        open(families.anna(), "family/" + families.annasSpace() + page.replace("{task}", families.theirTask().toString()));

        _get(TaskEditorView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("You can't change this task");
        assertThat(everythingInThePage()).contains("That task is no longer there.");
        _assertNone(TextField.class);
        assertNothingOfTheirs(families);
    }

    @Test
    void herOwnSpaceWithTheirTaskIdSaysTheTaskIsGone() {
        var families = twoFamilies();

        open(families.anna(), CareTaskNavigation.taskPath(families.annasSpace(), families.theirTask()));

        _get(TaskView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("This task is gone");
        assertThat(everythingInThePage()).contains("That task is no longer there.");
        _assertNone(H2.class, spec -> spec.withText("Change or remove"));
        assertNothingOfTheirs(families);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/today", "/tasks", "/tasks/new", "/tasks/{task}", "/tasks/{task}/edit",
            "/tasks/{task}/edit-all"})
    void aMadeUpSpaceIdGetsTheSameAnswer(String page) {
        var families = twoFamilies();

        open(families.anna(), "family/" + UUID.randomUUID() + page.replace("{task}", UUID.randomUUID().toString()));

        assertThat(currentPath()).isEqualTo("family/" + families.annasSpace());
        NotificationsKt.expectNotifications("This family space is no longer shared with you.");
    }
}
