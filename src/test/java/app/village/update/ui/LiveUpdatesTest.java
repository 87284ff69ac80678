package app.village.update.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.MutableClock;
import app.village.update.UpdateForm;
import app.village.update.UpdateId;
import app.village.update.UpdateService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.awt.Color;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home's updates and the Updates page follow the space's updates: another member's post, edit, delete or pin
 * shows after the push, while the writer (her text, the photos she attached) and an edit she has open stay as
 * they are; her own change made elsewhere is not echoed.
 */
class LiveUpdatesTest extends KaribuUiTest {

    /** The push waits 150 ms to gather changes; a second is the most the family should wait. */

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired UpdateService updates;
    @Autowired MutableClock clock;

    VillageUser maya;
    VillageUser rose;
    SpaceId space;

    @BeforeEach
    void theRiveraFamily() {
        maya = family.mother();
        space = family.space();
        rose = family.person("Grandma Rose", FamilyRole.SUPPORTER);
    }

    /** Another member acts through the service, then the test is the page's person again. */
    UpdateId asRose(java.util.function.Supplier<UpdateId> action) {
        family.as(rose);
        clock.advance(Duration.ofMinutes(1));
        try {
            return action.get();
        } finally {
            family.as(maya);
        }
    }

    void asMaya(Runnable action) {
        family.as(maya);
        clock.advance(Duration.ofMinutes(1));
        action.run();
    }

    static List<String> texts(Component within) {
        return _find(within, Paragraph.class, spec -> spec.withClasses("update-text")).stream()
                .map(Paragraph::getText).toList();
    }

    @Test
    void theHomeShowsAnotherMembersPostEditDeleteAndPinAndKeepsHerWriter() {
        asMaya(() -> updates.post(space, new UpdateForm("We're home")));
        startAs(maya);
        UI.getCurrent().navigate("family/" + space);
        var section = _get(Section.class, spec -> spec.withClasses("updates-on-home"));
        var writer = _get(section, TextArea.class);
        _setValue(writer, "Half of what I wanted to say");
        _upload(_get(section, Upload.class), "photo.jpg", "image/jpeg", UpdatePhotosUiTest.jpeg(Color.PINK));

        var soup = asRose(() -> updates.post(space, new UpdateForm("Soup is in the fridge")));
        awaitPush(() -> texts(section).contains("Soup is in the fridge"));
        assertThat(texts(section)).containsExactly("Soup is in the fridge", "We're home");

        asRose(() -> {
            updates.edit(space, soup, new UpdateForm("Soup and bread are in the fridge"));
            return soup;
        });
        awaitPush(() -> texts(section).contains("Soup and bread are in the fridge"));

        family.as(maya);
        var home = updates.onHome(space).newest().get(1).id();
        asMaya(() -> updates.pin(space, home));
        family.as(maya);
        asRose(() -> {
            updates.delete(space, soup);
            return soup;
        });
        awaitPush(() -> texts(section).equals(List.of("We're home")));
        assertThat(_find(section, Article.class).getFirst().getClassNames()).as("her own pin, read with the rest")
                .contains("pinned");

        assertThat(_get(section, TextArea.class)).isSameAs(writer);
        assertThat(writer.getValue()).isEqualTo("Half of what I wanted to say");
        assertThat(_find(section, Button.class, spec -> spec.withClasses("remove-photo")))
                .as("the photo she attached is still there").hasSize(1);
    }

    @Test
    void herOwnPostInThisTabIsNotEchoedButOneFromHerOtherPhoneShows() {
        asRose(() -> updates.post(space, new UpdateForm("Soup is in the fridge")));
        startAs(maya);
        UI.getCurrent().navigate("family/" + space);
        var section = _get(Section.class, spec -> spec.withClasses("updates-on-home"));
        var before = _get(section, Article.class);

        asMaya(() -> updates.post(space, new UpdateForm("Made in this tab")));
        roundtripsFor(Duration.ofMillis(600));
        assertThat(_get(section, Article.class)).isSameAs(before);

        clock.advance(Duration.ofMinutes(1));
        fromAnotherTab(maya, () -> updates.post(space, new UpdateForm("From my other phone")));
        as(maya);
        awaitPush(() -> texts(section).contains("From my other phone"));
        assertThat(texts(section)).containsExactly("From my other phone", "Made in this tab", "Soup is in the fridge");
    }

    @Test
    void theUpdatesPageShowsAnotherMembersChangesAndKeepsHerWriterAndTheEditSheHasOpen() {
        asMaya(() -> updates.post(space, new UpdateForm("We're home")));
        startAs(maya);
        UI.getCurrent().navigate("family/" + space + "/updates");
        var view = _get(UpdatesView.class);
        var writer = _get(view, TextArea.class);
        _setValue(writer, "Still typing");

        var soup = asRose(() -> updates.post(space, new UpdateForm("Soup is in the fridge")));
        awaitPush(() -> texts(view).contains("Soup is in the fridge"));
        assertThat(_get(view, TextArea.class)).isSameAs(writer);
        assertThat(writer.getValue()).isEqualTo("Still typing");

        // She opens her own update to edit it: another member's change waits until she is done.
        var mine = _find(view, Article.class).stream()
                .filter(card -> card.getElement().getTextRecursively().contains("We're home")).findFirst()
                .orElseThrow();
        _click(_get(mine, Button.class, spec -> spec.withText("Edit")));
        var editing = _get(mine, TextArea.class);
        _setValue(editing, "We're home, all well");
        asRose(() -> {
            updates.delete(space, soup);
            return soup;
        });
        roundtripsFor(Duration.ofMillis(600));
        assertThat(editing.isAttached()).isTrue();
        assertThat(editing.getValue()).isEqualTo("We're home, all well");
        assertThat(texts(view)).contains("Soup is in the fridge");

        _click(_get(mine, Button.class, spec -> spec.withText("Cancel")));
        assertThat(texts(view)).containsExactly("We're home");
        assertThat(_get(UpdatesView.class)).isSameAs(view);
    }

    @Test
    void theUpdatesPageShowsAnotherMembersHeartAndHerTakingItBack() {
        var smile = asRose(() -> updates.post(space, new UpdateForm("Her first smile")));
        startAs(maya);
        UI.getCurrent().navigate("family/" + space + "/updates");
        var view = _get(UpdatesView.class);
        assertThat(_find(view, Paragraph.class, spec -> spec.withClasses("update-hearts"))).isEmpty();

        asRose(() -> {
            updates.toggleHeart(space, smile);
            return smile;
        });
        awaitPush(() -> hearts(view).equals(List.of("Hearted by Grandma Rose")));
        assertThat(_get(view, Button.class, spec -> spec.withClasses("update-heart")).getText())
                .isEqualTo("Heart · 1");

        asRose(() -> {
            updates.toggleHeart(space, smile);
            return smile;
        });
        awaitPush(() -> hearts(view).isEmpty());
        assertThat(_get(view, Button.class, spec -> spec.withClasses("update-heart")).getText()).isEqualTo("Heart");
    }

    static List<String> hearts(Component within) {
        return _find(within, Paragraph.class, spec -> spec.withClasses("update-hearts")).stream()
                .map(Paragraph::getText).toList();
    }
}
