package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The care-task sections of a space's home: Today at a glance and the fair-share picture. */
class FamilyHomeSectionsTest extends CareTaskUiTest {

    private void openHome(Family family) {
        open(family.supporter(), FamilyNavigation.homePath(family.spaceId()));
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId());
    }

    /** The fair share is built when she asks for it. */
    private static Section openFairShare() {
        var fairShare = section("Fair share");
        _click(_get(fairShare, Button.class, spec -> spec.withText("Show the fair share")));
        return fairShare;
    }

    /** "Name: figure" for each bar row of the last 7 days. */
    private static List<String> shareRows() {
        var lastWeek = _get(openFairShare(), Div.class, spec -> spec.withClasses("share-week"));
        return _find(lastWeek, ListItem.class, spec -> spec.withClasses("share-row")).stream()
                .map(row -> _get(row, Span.class, spec -> spec.withClasses("share-name")).getText() + ": "
                        + _get(row, Span.class, spec -> spec.withClasses("share-figure")).getText())
                .toList();
    }

    @Test
    void withNothingDoneTheFairShareSaysSo() {
        var family = newFamily("The Rivera family");

        openHome(family);

        var fairShare = openFairShare();
        assertThat(textOf(fairShare)).contains("Last 7 days", "Last 30 days", "Nothing marked done in these days yet.",
                "Night work, 10 PM to 6 AM, counts double.");
        assertThat(_find(fairShare, ListItem.class, spec -> spec.withClasses("share-row"))).isEmpty();
    }

    @Test
    void afterSheMarksAnHourLongTaskDoneTheFairShareShowsABarForEveryMemberAndOneHourForHer() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", today(), 60)
                .withTimes(LocalTime.of(17, 0), LocalTime.of(18, 0)));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);
        taskWrites.markDone(family.spaceId(), dinner, "");

        openHome(family);

        assertThat(shareRows()).containsExactly("Grandma Rose (you): 1 h", "Maya: none yet", "Uncle Bo: none yet");
        assertThat(textOf(section("Fair share"))).doesNotContain("Nothing marked done in these days yet.");
    }

    @Test
    void nightWorkCountsDouble() {
        var family = newFamily("The Rivera family");
        var feed = motherAdds(family, TaskForm.once("Night feed", TaskCategory.BABY_CARE, "", today(), 45)
                .withTimes(LocalTime.of(23, 0), LocalTime.of(23, 45)));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), feed);
        taskWrites.markDone(family.spaceId(), feed, "");

        openHome(family);

        assertThat(shareRows()).first().isEqualTo("Grandma Rose (you): 1 h 30 min");
    }

    @Test
    void todayOnTheHomeCountsWhatIsOpenAndWhatSheIsDoingAndLinksToToday() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        motherAdds(family, atNoon("Fold the laundry", TaskCategory.HOUSEHOLD, today().plusDays(1), 30));
        motherAdds(family, atNoon("Pharmacy run", TaskCategory.ERRANDS, today(), 30));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);

        openHome(family);

        var today = section("Today");
        assertThat(textOf(today)).contains(TaskTexts.longDay(today()), "2 tasks are still open today or tomorrow.",
                "You're doing 1 task.");
        assertThat(link(today, "Open Today").getHref()).isEqualTo("family/" + family.spaceId() + "/today");
        assertThat(link(today, "All tasks").getHref()).isEqualTo("family/" + family.spaceId() + "/tasks");
    }

    @Test
    void todayOnTheHomeOfANewSpaceSaysThereAreNoTasksYetNotThatAllIsTakenCareOf() {
        var family = newFamily("The Rivera family");

        openHome(family);

        assertThat(textOf(section("Today"))).contains("No tasks yet. Add the first one, or plan the first weeks",
                "You haven't taken anything on.").doesNotContain("taken care of");
    }

    @Test
    void todayOnTheHomeSaysWhenEverythingIsTakenCareOf() {
        var family = newFamily("The Rivera family");
        var dinner = motherAdds(family, atNoon("Bring dinner", TaskCategory.MEALS, today(), 60));
        as(family.supporter());
        taskWrites.claim(family.spaceId(), dinner);

        openHome(family);

        assertThat(textOf(section("Today"))).contains("Everything for today and tomorrow is taken care of.",
                "You're doing 1 task.");
    }
}
