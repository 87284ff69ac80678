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
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The Updates page: every update in pages of twenty, and what the poster and the owner may do with one. */
class UpdatesViewTest extends KaribuUiTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired UpdateService updates;
    @Autowired MutableClock clock;

    VillageUser maya;
    VillageUser rose;
    VillageUser lena;
    SpaceId space;

    @BeforeEach
    void theRiveraFamily() {
        maya = family.mother();
        space = family.space();
        rose = family.person("Grandma Rose", FamilyRole.SUPPORTER);
        lena = family.person("Aunt Lena", FamilyRole.SUPPORTER);
    }

    UpdateId post(VillageUser who, String text) {
        family.as(who);
        clock.advance(Duration.ofMinutes(1));
        return updates.post(space, new UpdateForm(text));
    }

    UpdatesView open(VillageUser who) {
        startAs(who);
        UI.getCurrent().navigate("family/" + space + "/updates");
        return _get(UpdatesView.class);
    }

    static List<String> texts() {
        return _find(Paragraph.class, spec -> spec.withClasses("update-text")).stream()
                .map(Paragraph::getText).toList();
    }

    static Article cardOf(String text) {
        return _find(Article.class).stream()
                .filter(card -> _get(card, Paragraph.class, spec -> spec.withClasses("update-text")).getText()
                        .equals(text))
                .findFirst().orElseThrow();
    }

    static List<String> buttonsOf(Article card) {
        return _find(card, Button.class).stream().map(Button::getText).toList();
    }

    @Test
    void olderUpdatesFollowTwentyAtATimeNewestFirst() {
        for (int i = 1; i <= 45; i++) {
            post(i % 2 == 0 ? rose : maya, "Update " + i);
        }
        var expected = new ArrayList<String>();
        for (int i = 45; i >= 1; i--) {
            expected.add("Update " + i);
        }

        var view = open(lena);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Updates · The Rivera family · Village");
        assertThat(texts()).containsExactlyElementsOf(expected.subList(0, 20));
        assertThat(view.older.isVisible()).isTrue();

        _click(view.older);
        assertThat(texts()).containsExactlyElementsOf(expected.subList(0, 40));
        _click(view.older);
        assertThat(texts()).containsExactlyElementsOf(expected);
        assertThat(view.older.isVisible()).isFalse();
    }

    @Test
    void thePosterEditsHerOwnAndOthersSeeItEdited() {
        post(rose, "Visiting on Sunday");
        post(lena, "Bringing soup");

        open(rose);
        assertThat(buttonsOf(cardOf("Bringing soup"))).doesNotContain("Edit", "Delete", "Pin to the top");
        var card = cardOf("Visiting on Sunday");
        assertThat(buttonsOf(card)).contains("Edit", "Delete").doesNotContain("Pin to the top");
        _click(_get(card, Button.class, spec -> spec.withText("Edit")));
        var text = _get(card, TextArea.class);
        assertThat(text.getValue()).isEqualTo("Visiting on Sunday");
        _setValue(text, "");
        _click(_get(card, Button.class, spec -> spec.withText("Save")));
        assertThat(text.getErrorMessage()).isEqualTo("Please write a few words first.");
        _setValue(text, "Visiting on Saturday instead");
        _click(_get(card, Button.class, spec -> spec.withText("Save")));

        open(lena);
        assertThat(texts()).containsExactly("Bringing soup", "Visiting on Saturday instead");
        assertThat(cardOf("Visiting on Saturday instead").getElement().getTextRecursively())
                .contains("Grandma Rose · ", " · edited");
    }

    @Test
    void deletingAsksFirstAndTheOwnerMayDeleteAnyone() {
        post(rose, "Visiting on Sunday");

        open(maya);
        _click(_get(cardOf("Visiting on Sunday"), Button.class, spec -> spec.withText("Delete")));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.KEEP_CLASS)));
        assertThat(texts()).containsExactly("Visiting on Sunday");

        _click(_get(cardOf("Visiting on Sunday"), Button.class, spec -> spec.withText("Delete")));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withClasses(Confirmations.CONFIRM_CLASS)));
        assertThat(texts()).isEmpty();
        family.as(rose);
        assertThat(updates.updates(space, null).updates()).isEmpty();
    }

    @Test
    void theOwnerPinsOneAndUnpinsIt() {
        post(rose, "Soup is in the fridge");
        post(maya, "No visits until Sunday, thank you!");

        open(maya);
        _click(_get(cardOf("Soup is in the fridge"), Button.class, spec -> spec.withText("Pin to the top")));
        assertThat(cardOf("Soup is in the fridge").getClassNames()).contains("pinned");
        _click(_get(cardOf("No visits until Sunday, thank you!"), Button.class,
                spec -> spec.withText("Pin to the top")));
        assertThat(cardOf("Soup is in the fridge").getClassNames()).doesNotContain("pinned");
        assertThat(cardOf("No visits until Sunday, thank you!").getClassNames()).contains("pinned");

        _click(_get(cardOf("No visits until Sunday, thank you!"), Button.class, spec -> spec.withText("Unpin")));
        assertThat(_find(Article.class)).noneMatch(card -> card.getClassNames().contains("pinned"));
    }

    @Test
    void aMemberOfAnotherFamilyLandsOnHerOwnStartPage() {
        post(rose, "Secretword news");
        var stranger = family.stranger("Stranger");

        startAs(stranger);
        UI.getCurrent().navigate("family/" + space + "/updates");

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isNotEqualTo("family/" + space + "/updates");
        assertThat(_find(Article.class)).isEmpty();
    }
}
