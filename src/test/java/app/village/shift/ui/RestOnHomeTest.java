package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.ui.FamilyNavigation;
import app.village.security.VillageUser;
import app.village.shift.HandoffForm;
import app.village.shift.SleepWindowForm;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rest section on a space's home page. */
class RestOnHomeTest extends ShiftUiTest {

    private void openHome(VillageUser who, Family family) {
        open(who, FamilyNavigation.homePath(family.spaceId()));
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId());
    }

    /** The mother sleeps 23:00 to 04:00 and Grandma Rose takes tonight; returns tonight's shift. */
    private UUID roseTakesTonight(Family family) {
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        var tonight = restService.sleepCover(family.spaceId()).nights().getFirst();
        assertThat(tonight.day()).isEqualTo(today());
        signsUp(family.supporter(), family, tonight.shiftId());
        return tonight.shiftId();
    }

    @Test
    void withNothingCoveredHerRestSaysNoneYet() {
        var family = newFamily("The Rivera family");

        openHome(family.mother(), family);

        var rest = section("Your rest");
        assertThat(textOf(rest)).contains("This week you have 0 min of rest covered, and 0 nights with someone on the "
                + "night shift.").doesNotContain("Next night");
        assertThat(findSection("Latest handoff")).isEmpty();
        var links = _find(rest, Anchor.class);
        assertThat(links).extracting(link -> textOf(link)).containsExactly("Plan my rest", "Shifts this week");
        assertThat(links.get(0).getHref()).isEqualTo("family/" + family.spaceId() + "/rest");
        assertThat(links.get(1).getHref()).isEqualTo("family/" + family.spaceId() + "/shifts");
    }

    @Test
    void aCoveredNightCountsItsHoursForTheMotherWithTheLatestHandoff() {
        var family = newFamily("The Rivera family");
        var tonight = roseTakesTonight(family);
        as(family.supporter());
        handoffService.writeHandoff(family.spaceId(), tonight,
                new HandoffForm(LocalTime.of(11, 30), "90 ml", "2 wet", "", "", ""));

        openHome(family.mother(), family);

        var rest = section("Your rest");
        assertThat(textOf(rest)).contains(
                "This week you have 5 h of rest covered, and 1 night with someone on the night shift.",
                "Next night: covered by Grandma Rose.");
        var handoff = section("Latest handoff");
        assertThat(rest.getChildren()).as("inside her rest section").contains(handoff);
        assertThat(textOf(handoff)).contains("From Grandma Rose", "11:30 AM 90 ml", "2 wet");
    }

    @Test
    void theOneWhoTookTheNightReadsCoveredByYou() {
        var family = newFamily("The Rivera family");
        roseTakesTonight(family);

        openHome(family.supporter(), family);

        assertThat(textOf(section("Her rest"))).contains("Next night: covered by you.")
                .doesNotContain("covered by Grandma Rose");
    }

    @Test
    void herCircleSeesHerRestButNotTheHandoffs() {
        var family = newFamily("The Rivera family");
        var tonight = roseTakesTonight(family);
        as(family.supporter());
        handoffService.writeHandoff(family.spaceId(), tonight, new HandoffForm(null, "", "2 wet", "", "", ""));

        openHome(family.secondSupporter(), family);

        var rest = section("Her rest");
        assertThat(textOf(rest)).contains(
                "This week she has 5 h of rest covered, and 1 night with someone on the night shift.",
                "Next night: covered by Grandma Rose.");
        assertThat(findSection("Your rest")).isEmpty();
        assertThat(findSection("Latest handoff")).isEmpty();
        assertThat(_find(rest, Section.class)).as("no section inside hers").containsExactly(rest);
        assertThat(textOf(rest)).doesNotContain("2 wet");
        assertThat(_find(rest, Anchor.class)).extracting(link -> textOf(link))
                .containsExactly("Help her rest", "Shifts this week");
    }

    @Test
    void anOpenNightSaysSo() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));

        openHome(family.supporter(), family);

        assertThat(textOf(section("Her rest"))).contains("0 nights", "Next night: not covered yet.");
        _get(Section.class, spec -> spec.withClasses("rest-on-home"));
    }
}
