package app.village.update.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.ui.Confirmations;
import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.MutableClock;
import app.village.update.UpdateForm;
import app.village.update.UpdateId;
import app.village.update.UpdateService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The family updates on a space's home: the pinned one on top, the newest three, and the form to write one. */
class UpdatesOnHomeTest extends KaribuUiTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired UpdateService updates;
    @Autowired MutableClock clock;

    VillageUser maya;
    VillageUser rose;
    VillageUser bo;
    SpaceId space;

    @BeforeEach
    void theRiveraFamily() {
        maya = family.mother();
        space = family.space();
        rose = family.person("Grandma Rose", FamilyRole.SUPPORTER);
        bo = family.person("Uncle Bo", FamilyRole.VIEWER);
    }

    UpdateId post(VillageUser who, String text) {
        family.as(who);
        clock.advance(Duration.ofMinutes(1));
        return updates.post(space, new UpdateForm(text));
    }

    Section openHome(VillageUser who) {
        startAs(who);
        UI.getCurrent().navigate("family/" + space);
        return _get(Section.class, spec -> spec.withClasses("updates-on-home"));
    }

    static List<String> texts(Section section) {
        return _find(section, Paragraph.class, spec -> spec.withClasses("update-text")).stream()
                .map(Paragraph::getText).toList();
    }

    @Test
    void thePinnedUpdateComesFirstThenTheNewestThree() {
        var noVisits = post(maya, "No visits until Sunday, thank you!");
        for (int i = 1; i <= 5; i++) {
            post(rose, "News " + i);
        }
        family.as(maya);
        updates.pin(space, noVisits);

        var section = openHome(bo);

        assertThat(texts(section)).containsExactly("No visits until Sunday, thank you!", "News 5", "News 4", "News 3");
        var pinned = _find(section, Article.class).getFirst();
        assertThat(pinned.getClassNames()).contains("pinned");
        assertThat(pinned.getElement().getTextRecursively()).contains("Pinned", "Maya · ");
        assertThat(_get(section, Anchor.class, spec -> spec.withText("All updates")).getHref())
                .isEqualTo("family/" + space + "/updates");
        assertThat(_find(section, TextArea.class)).as("a viewer writes no updates").isEmpty();
        assertThat(_find(section, Button.class, spec -> spec.withText("Pin to the top"))).isEmpty();
    }

    @Test
    void sheWritesAnUpdateFromTheHomeAndItShowsAtOnce() {
        var section = openHome(rose);
        assertThat(section.getElement().getTextRecursively()).contains("No updates yet.");
        var text = _get(section, TextArea.class);
        assertThat(text.getLabel()).isEqualTo("Write an update");

        _setValue(text, "We're home, all well.\nNo visits this week please.");
        assertThat(text.getHelperText()).isEqualTo("49 of 1,000 characters");
        _click(_get(section, Button.class, spec -> spec.withText("Post")));

        assertThat(texts(section)).containsExactly("We're home, all well.\nNo visits this week please.");
        assertThat(_get(section, TextArea.class).getValue()).as("the form is ready for the next one").isEmpty();
        family.as(maya);
        assertThat(updates.onHome(space).newest()).hasSize(1);
    }

    @Test
    void anEmptyOrTooLongUpdateIsRefusedNextToTheTextAndNothingIsPosted() {
        var section = openHome(rose);
        var text = _get(section, TextArea.class);
        var post = _get(section, Button.class, spec -> spec.withText("Post"));

        _click(post);
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Please write a few words first.");

        _setValue(text, "a".repeat(5000));
        assertThat(text.getHelperText()).isEqualTo("5,000 of 1,000 characters");
        _click(post);
        assertThat(text.getErrorMessage()).isEqualTo("Please keep an update to 1,000 characters.");

        _setValue(text, "Pasted\u0000text");
        _click(post);
        assertThat(text.getErrorMessage())
                .isEqualTo("This holds characters that can't be shown (perhaps from a paste). Please type it again.");

        family.as(maya);
        assertThat(updates.onHome(space).isEmpty()).isTrue();
    }

    @Test
    void whatLooksLikeMarkupIsShownAsTheTextItIs() {
        post(rose, "Fish &amp; chips &lt;b&gt; tonight");

        var section = openHome(maya);

        var shown = _get(section, Paragraph.class, spec -> spec.withClasses("update-text"));
        assertThat(shown.getText()).isEqualTo("Fish &amp; chips &lt;b&gt; tonight");
        assertThat(shown.getElement().getChildren()).as("one text node, not markup")
                .singleElement().satisfies(child -> assertThat(child.isTextNode()).isTrue());
        assertThat(shown.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void htmlOrScriptInAnUpdateIsAcceptedAndShownAsTheTextItIs() {
        var section = openHome(rose);
        _setValue(_get(section, TextArea.class), "<script>alert(1)</script>");
        _click(_get(section, Button.class, spec -> spec.withText("Post")));
        post(rose, "We're home <3 <b>all</b> <img src=x onerror=alert(2)>");

        section = openHome(maya);

        assertThat(texts(section)).containsExactly("We're home <3 <b>all</b> <img src=x onerror=alert(2)>",
                "<script>alert(1)</script>");
        for (var shown : _find(section, Paragraph.class, spec -> spec.withClasses("update-text"))) {
            assertThat(shown.getElement().getChildren()).as("one text node, not markup")
                    .singleElement().satisfies(child -> assertThat(child.isTextNode()).isTrue());
            assertThat(shown.getElement().getProperty("innerHTML")).isNull();
        }
        assertThat(_find(section, com.vaadin.flow.component.html.Image.class)).as("no element made from her text")
                .isEmpty();
    }

    @Test
    void theHeartIsAToggleButtonThatSaysWhoHeartedIt() {
        post(maya, "She slept four hours!");
        family.as(rose);
        updates.toggleHeart(space, updates.onHome(space).newest().getFirst().id());

        var section = openHome(bo);
        var heart = _get(section, Button.class, spec -> spec.withClasses("update-heart"));
        assertThat(heart.getElement().getAttribute("aria-label")).isEqualTo("Heart this update");
        assertThat(heart.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(section.getElement().getTextRecursively()).contains("Hearted by Grandma Rose");

        clock.advance(Duration.ofMinutes(1));
        _click(heart);

        heart = _get(section, Button.class, spec -> spec.withClasses("update-heart"));
        assertThat(heart.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(section.getElement().getTextRecursively()).contains("Hearted by Grandma Rose, you");
        _click(heart);
        assertThat(_get(section, Button.class, spec -> spec.withClasses("update-heart")).getElement()
                .getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(section.getElement().getTextRecursively()).contains("Hearted by Grandma Rose")
                .doesNotContain("you");
    }

    @Test
    void whatSheIsTypingStaysWhileSheActsOnTheCards() {
        post(rose, "Soup is in the fridge");
        post(rose, "Visiting on Sunday");
        var section = openHome(maya);
        _setValue(_get(section, TextArea.class), "Half of what I wanted to say");

        _click(_get(cardOf(section, "Soup is in the fridge"), Button.class, spec -> spec.withText("Pin to the top")));
        assertThat(_find(section, Article.class).getFirst().getClassNames()).contains("pinned");
        _click(_get(cardOf(section, "Soup is in the fridge"), Button.class, spec -> spec.withText("Unpin")));
        _click(_get(cardOf(section, "Visiting on Sunday"), Button.class, spec -> spec.withText("Delete")));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.CONFIRM_CLASS)));
        assertThat(texts(section)).containsExactly("Soup is in the fridge");

        var text = _get(section, TextArea.class);
        assertThat(text.getValue()).isEqualTo("Half of what I wanted to say");
        assertThat(text.getHelperText()).isEqualTo("28 of 1,000 characters");
    }

    static Article cardOf(Section section, String text) {
        return _find(section, Article.class).stream()
                .filter(card -> card.getElement().getTextRecursively().contains(text)).findFirst().orElseThrow();
    }
}
