package app.village.guide.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.FamilyService;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.MutableClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GetHelpViewTest extends KaribuUiTest {

    @Autowired FamilyService familyService;
    @Autowired MutableClock clock;

    private static GetHelpView openHelp() {
        UI.getCurrent().navigate("help");
        return _get(GetHelpView.class);
    }

    private static GetHelpView openHelpFor(String country) {
        UI.getCurrent().navigate("help", QueryParameters.of("country", country));
        return _get(GetHelpView.class);
    }

    private static String text(GetHelpView view) {
        return view.getElement().getTextRecursively();
    }

    private static Section line(String name) {
        return _get(Section.class, spec -> spec.withPredicate(
                section -> !_find(section, H2.class, h2 -> h2.withText(name)).isEmpty()));
    }

    private static List<String> hrefsOf(String lineName) {
        return _find(line(lineName), Anchor.class).stream().map(Anchor::getHref).toList();
    }

    private static List<String> allHrefs(GetHelpView view) {
        return _find(view, Anchor.class).stream().map(Anchor::getHref).toList();
    }

    private static List<String> lineNames(GetHelpView view) {
        return _find(view, H2.class).stream().map(H2::getText).toList();
    }

    private SpaceId spaceIn(String name, String country) {
        return familyService.createSpace(SpaceForm.named(name, "Europe/London").withCountry(country));
    }

    @Test
    void signedOutSheSeesTheUnitedStatesLinesMostUrgentFirstWithTapToCallAndTapToText() {
        startSignedOut();

        var view = openHelp();

        assertThat(text(view)).contains("These lines are for parents in the United States.");
        assertThat(lineNames(view)).containsExactly("Emergency services", "988 Suicide & Crisis Lifeline",
                "National Maternal Mental Health Hotline", "Postpartum Support International HelpLine");
        assertThat(hrefsOf("Emergency services")).containsExactly("tel:911");
        assertThat(hrefsOf("988 Suicide & Crisis Lifeline")).containsExactly("tel:988", "sms:988");
        assertThat(hrefsOf("National Maternal Mental Health Hotline"))
                .containsExactly("tel:+18338526262", "sms:+18338526262");
        assertThat(hrefsOf("Postpartum Support International HelpLine"))
                .containsExactly("tel:+18009444773", "sms:+18009444773", "sms:+19712037773");
        assertThat(line("Postpartum Support International HelpLine").getElement().getTextRecursively())
                .contains("Text 800-944-4773 (English)", "Text 971-203-7773 (Spanish)", "Not a crisis line");
        assertThat(line("National Maternal Mental Health Hotline").getElement().getTextRecursively())
                .contains("24 hours a day, 7 days a week, in English and Spanish", "Not a crisis line");
        assertThat(view.country.getValue()).isEqualTo("US");
        assertThat(text(view)).doesNotContain("We don't have help lines");
        assertThat(_find(view, Anchor.class))
                .extracting(Anchor::getHref).contains("guide/getting-help");
    }

    @Test
    void aCountryWithoutLinesGetsANoteAndPostpartumSupportInternationalButNoUnitedStatesNumbers() {
        startSignedOut();

        var view = openHelpFor("GB");

        assertThat(text(view)).contains("We don't have help lines for the United Kingdom yet.");
        assertThat(lineNames(view)).containsExactly("Emergency services", "Postpartum Support International");
        assertThat(line("Emergency services").getElement().getTextRecursively())
                .contains("Call your local emergency number.");
        assertThat(line("Postpartum Support International").getElement().getTextRecursively())
                .contains("online support groups and local coordinators in many countries");
        assertThat(hrefsOf("Postpartum Support International")).containsExactly("https://postpartum.net");
        assertThat(allHrefs(view)).noneMatch(href -> href.startsWith("tel:") || href.startsWith("sms:"));
        assertThat(view.country.getValue()).isEqualTo("GB");
    }

    @Test
    void choosingAnotherCountryReloadsThePageWithItInTheAddress() {
        startSignedOut();
        var view = openHelp();

        _setValue(view.country, "FR");

        var location = UI.getCurrent().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("help");
        assertThat(location.getQueryParameters().getSingleParameter("country")).contains("FR");
        var reloaded = _get(GetHelpView.class);
        assertThat(text(reloaded)).contains("We don't have help lines for France yet.");
        assertThat(reloaded.country.getValue()).isEqualTo("FR");

        _setValue(reloaded.country, "US");

        assertThat(hrefsOf("988 Suicide & Crisis Lifeline")).containsExactly("tel:988", "sms:988");
    }

    @Test
    void aCountryInTheAddressThatIsNotOneIsIgnored() {
        startSignedOut();

        for (var notACountry : List.of("ZZ", "USA", "../help-lines-international", "")) {
            var view = openHelpFor(notACountry);

            assertThat(text(view)).as(notACountry).contains("These lines are for parents in the United States.");
            assertThat(view.country.getValue()).isEqualTo("US");
        }
    }

    @Test
    void signedInSheSeesTheLinesOfTheCountryOfTheSpaceSheUsedLast() {
        var maya = newAccount("Maya");
        startAs(maya);
        var inBritain = spaceIn("The Rivera family", "GB");
        var inTheStates = spaceIn("Grandma's house", "US");

        familyService.openSpace(inBritain);
        var view = openHelp();

        assertThat(text(view)).contains("We don't have help lines for the United Kingdom yet.");
        assertThat(hrefsOf("Postpartum Support International")).containsExactly("https://postpartum.net");
        assertThat(view.country.getValue()).isEqualTo("GB");

        clock.advance(Duration.ofMinutes(5));
        familyService.openSpace(inTheStates);
        view = openHelp();

        assertThat(text(view)).contains("These lines are for parents in the United States.");
        assertThat(hrefsOf("Emergency services")).containsExactly("tel:911");
    }

    @Test
    void signedInSheCanStillChooseAnotherCountryInTheAddress() {
        var maya = newAccount("Maya");
        startAs(maya);
        familyService.openSpace(spaceIn("The Rivera family", "GB"));

        var view = openHelpFor("us");

        assertThat(text(view)).contains("These lines are for parents in the United States.");
        assertThat(view.country.getValue()).isEqualTo("US");
    }

    @Test
    void signedInWithoutAnySpaceSheSeesTheUnitedStatesLines() {
        startAs(newAccount("Rose"));

        var view = openHelp();

        assertThat(text(view)).contains("These lines are for parents in the United States.");
    }
}
