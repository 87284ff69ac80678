package app.village.guide.ui;

import app.village.guide.GuideArticle;
import app.village.guide.GuideArticles;
import app.village.guide.GuidePaths;
import app.village.guide.SearchHit;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The guide's front page: every page with its summary and reading time, and a search across titles and text.
 * Public, so an invited relative can read it before she has an account.
 */
@Route(GuidePaths.INDEX)
@PageTitle("The guide · Village")
@Menu(order = 80, title = "Guide", icon = "vaadin:book")
@AnonymousAllowed
@StyleSheet("styles/guide.css")
class GuideIndexView extends Main implements BeforeEnterObserver {

    private final GuideArticles guide;
    final TextField search = new TextField("Search the guide");
    final Div results = new Div();

    GuideIndexView(GuideArticles guide) {
        this.guide = guide;
        addClassNames("narrow-page", "guide-index");
        search.setPlaceholder("For example: sleep, night, ask");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> show(change.getValue()));
        results.addClassName("guide-list");
        results.getElement().setAttribute("aria-live", "polite");
        add(new H1("The guide"),
                new Paragraph("Why support matters after a birth, and how the people around a new mother can make "
                        + "room for rest and for the bond with her baby. Short pages, written to be read on a "
                        + "phone at night."),
                GuideArticleView.disclaimer(), search, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        search.setValue(query);
        show(query);
    }

    void show(String query) {
        results.removeAll();
        if (query.isBlank()) {
            guide.all().forEach(article -> results.add(card(article, article.summary())));
            return;
        }
        List<SearchHit> hits = guide.search(query);
        var count = new Paragraph(hits.isEmpty() ? "No page matches \"" + query.strip() + "\". Try fewer or other words."
                : hits.size() == 1 ? "1 page matches." : hits.size() + " pages match.");
        count.addClassName("quiet");
        results.add(count);
        hits.forEach(hit -> results.add(card(hit.article(), hit.snippet())));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                GuidePaths.INDEX + "?" + QueryParameters.of("q", query.strip()).getQueryString()));
    }

    private static Section card(GuideArticle article, String text) {
        var title = new Anchor(article.path(), article.title());
        title.getElement().setAttribute("router-link", true);
        var heading = new H2(title);
        var meta = new Paragraph(article.readingMinutes() + " min read · " + article.audience().label());
        meta.addClassName("quiet");
        var card = new Section(heading, new Paragraph(text), meta);
        card.addClassName("guide-card");
        return card;
    }
}
