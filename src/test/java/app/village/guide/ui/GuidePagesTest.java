package app.village.guide.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.guide.GuideArticles;
import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The guide's index, search and pages, read by someone who isn't signed in (an invited relative, say). */
class GuidePagesTest extends KaribuUiTest {

    @Autowired GuideArticles guide;

    @BeforeEach
    void signedOut() {
        startSignedOut();
    }

    static void open(String path) {
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    static List<String> cardLinks(GuideIndexView index) {
        return _find(index.results, Section.class).stream()
                .map(card -> _get(card, Anchor.class).getHref()).toList();
    }

    @Test
    void theIndexListsEveryPageWithItsSummaryAndReadingTime() {
        open("guide");

        var index = _get(GuideIndexView.class);
        assertThat(_get(index, H1.class).getText()).isEqualTo("The guide");
        assertThat(_get(index, Aside.class).getElement().getTextRecursively()).contains("not medical advice");
        assertThat(cardLinks(index)).containsExactlyElementsOf(guide.all().stream()
                .map(article -> "guide/" + article.slug()).toList());
        var first = _find(index.results, Section.class).getFirst().getElement().getTextRecursively();
        var article = guide.all().getFirst();
        assertThat(first).contains(article.title(), article.summary(),
                article.readingMinutes() + " min read · " + article.audience().label());
    }

    @Test
    void searchShowsTheMatchingPagesAndSaysWhenNothingMatches() {
        open("guide");
        var index = _get(GuideIndexView.class);

        _setValue(index.search, "night shift");
        assertThat(index.results.getElement().getTextRecursively()).contains("pages match.");
        assertThat(cardLinks(index)).contains("guide/support-lowers-stress", "guide/for-partners-and-relatives")
                .doesNotContain("guide/bonding-takes-time");

        _setValue(index.search, "xylophone");
        assertThat(index.results.getElement().getTextRecursively())
                .contains("No page matches \"xylophone\". Try fewer or other words.");
        assertThat(cardLinks(index)).isEmpty();

        _setValue(index.search, "");
        assertThat(cardLinks(index)).hasSize(guide.all().size());
    }

    @Test
    void aSearchInTheAddressOpensWithItsResults() {
        open("guide?q=handoff");

        var index = _get(GuideIndexView.class);
        assertThat(index.search.getValue()).isEqualTo("handoff");
        assertThat(cardLinks(index)).contains("guide/for-partners-and-relatives").hasSizeLessThan(guide.all().size());
    }

    @Test
    void aPageHasItsTitleTheNoteContentsTextRelatedPagesAndCredit() {
        open("guide/support-lowers-stress");

        var page = _get(GuideArticleView.class);
        assertThat(_get(page, H1.class).getText()).isEqualTo("Support lowers stress");
        assertThat(page.getPageTitle()).isEqualTo("Support lowers stress · Village guide");
        var text = page.getElement().getTextRecursively();
        assertThat(text).contains("min read", "not medical advice", "Get help now", "Barbara Mighdoll",
                "Village's own words");
        var contents = _get(page, Nav.class, spec -> spec.withClasses("guide-contents"));
        assertThat(_find(contents, Anchor.class)).extracting(Anchor::getHref)
                .contains("#why-rest-matters", "#what-a-full-night-s-sleep-does", "#why-a-circle-helps",
                        "#it-is-fine-to-ask");
        assertThat(_get(page, Html.class).getInnerHtml()).contains("<h2 id=\"why-rest-matters\">");
        var related = _get(page, Section.class, spec -> spec.withClasses("guide-related"));
        assertThat(_get(related, H2.class).getText()).isEqualTo("Related pages");
        assertThat(_find(related, Anchor.class)).extracting(Anchor::getHref)
                .contains("guide/for-partners-and-relatives").doesNotContain("guide/support-lowers-stress");
    }

    @Test
    void everyPageOpensWithTheNoteThatItIsNotMedicalAdvice() {
        for (var article : guide.all()) {
            open("guide/" + article.slug());
            var page = _get(GuideArticleView.class);
            assertThat(_get(page, H1.class).getText()).isEqualTo(article.title());
            assertThat(_get(page, Aside.class, spec -> spec.withClasses("guide-disclaimer")).getElement()
                    .getTextRecursively()).as(article.slug()).contains("general information, not medical advice");
            assertThat(page.getElement().getTextRecursively()).as(article.slug())
                    .contains(article.source().credit());
        }
    }

    @Test
    void anUnknownPageIsTheFriendlyNotFoundPage() {
        open("guide/no-such-page");

        assertThat(_find(GuideArticleView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that page");
    }
}
