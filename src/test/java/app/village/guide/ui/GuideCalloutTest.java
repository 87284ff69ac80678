package app.village.guide.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.guide.Callout;
import app.village.guide.GuideCallouts;
import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The callout itself, on a page of its own: what it says, where it links, and hiding it. */
class GuideCalloutTest extends KaribuUiTest {

    @Autowired GuideCallouts callouts;

    private static Div page() {
        var page = new Div();
        UI.getCurrent().add(page);
        return page;
    }

    @Test
    void itIsANoteWithItsTextALinkToItsSectionOfTheGuideAndAButtonToHideIt() {
        startAs(newAccount("Maya"));
        var page = page();

        var callout = GuideCallout.unlessHidden(Callout.FULL_NIGHTS_SLEEP, callouts).orElseThrow();
        page.add(callout);

        assertThat(callout.getElement().getTag()).isEqualTo("aside");
        assertThat(callout.getElement().getAttribute("role")).isEqualTo("note");
        assertThat(callout.getElement().getAttribute("aria-label")).isEqualTo("Tip from the guide");
        assertThat(_get(callout, Paragraph.class).getText()).isEqualTo(Callout.FULL_NIGHTS_SLEEP.text());
        var link = _get(callout, Anchor.class);
        assertThat(link.getHref()).isEqualTo("guide/support-lowers-stress#what-a-full-night-s-sleep-does")
                .isEqualTo(Callout.FULL_NIGHTS_SLEEP.path());
        assertThat(link.getText()).isEqualTo("What a full night's sleep does");
        var hide = _get(callout, Button.class);
        assertThat(hide.getText()).isEqualTo("Hide this tip");
    }

    @Test
    void hidingItTakesItOffThePageAndItIsNotOfferedToHerAgain() {
        var maya = newAccount("Maya");
        startAs(maya);
        var page = page();
        var callout = GuideCallout.unlessHidden(Callout.WHY_A_CIRCLE_HELPS, callouts).orElseThrow();
        page.add(callout);

        _click(_get(callout, Button.class, spec -> spec.withText("Hide this tip")));

        assertThat(page.getChildren()).isEmpty();
        assertThat(GuideCallout.unlessHidden(Callout.WHY_A_CIRCLE_HELPS, callouts)).isEmpty();
        assertThat(GuideCallout.unlessHidden(Callout.WHY_REST_MATTERS, callouts)).as("the other tips stay").isPresent();
    }
}
