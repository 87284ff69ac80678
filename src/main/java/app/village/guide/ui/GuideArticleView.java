package app.village.guide.ui;

import app.village.guide.GuideArticle;
import app.village.guide.GuideArticles;
import app.village.guide.GuidePaths;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One guide page, set for reading on a phone: reading time, the note that it is general information, a
 * table of contents for longer pages, the text, related pages, and the credit for the ideas it builds on.
 * A link to one of its sections ({@code guide/<slug>#<section>}) opens the page at that section.
 */
@Route(GuidePaths.INDEX + "/:slug")
@AnonymousAllowed
@StyleSheet("styles/guide.css")
class GuideArticleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Pages with at least this many sections get a table of contents. */
    static final int SECTIONS_FOR_CONTENTS = 3;

    private final GuideArticles guide;
    private String title = "The guide · Village";

    GuideArticleView(GuideArticles guide) {
        this.guide = guide;
        addClassNames("narrow-page", "guide-page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var article = event.getRouteParameters().get("slug").flatMap(guide::article);
        if (article.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(article.get());
    }

    private void show(GuideArticle article) {
        removeAll();
        title = article.title() + " · Village guide";
        var back = new Anchor(GuidePaths.INDEX, VaadinIcon.ANGLE_LEFT.create(), new Span("All guide pages"));
        back.getElement().setAttribute("router-link", true);
        back.getChildren().findFirst().ifPresent(icon -> icon.getElement().setAttribute("aria-hidden", "true"));
        back.addClassName("back-link");
        var meta = new Paragraph(article.readingMinutes() + " min read · " + article.audience().label());
        meta.addClassName("quiet");
        add(back, new H1(article.title()), meta, disclaimer());
        if (article.sections().size() >= SECTIONS_FOR_CONTENTS) {
            add(contents(article));
        }
        // Only the guide's own pages from seeds/guide reach this, rendered with their raw HTML escaped and unsafe
        // links dropped (GuideArticles); nothing a member types is ever shown through it.
        add(new Html("<div class=\"guide-body\">" + article.html() + "</div>"));

        var related = guide.related(article.slug());
        if (!related.isEmpty()) {
            var list = new UnorderedList();
            related.forEach(page -> {
                var link = new Anchor(page.path(), page.title());
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            });
            var section = new Section(new H2("Related pages"), list);
            section.addClassName("guide-related");
            add(section);
        }
        var help = new Anchor("help", "Get help now");
        help.getElement().setAttribute("router-link", true);
        var needHelp = new Paragraph(new Span("If you are worried about yourself or someone else: "), help);
        var credit = new Paragraph(article.source().credit());
        credit.addClassNames("quiet", "guide-credit");
        add(needHelp, credit);
    }

    private static Nav contents(GuideArticle article) {
        var list = new OrderedList();
        for (var section : article.sections()) {
            // A plain link to the heading on this page: the browser scrolls, the router stays out of it.
            list.add(new ListItem(new Anchor("#" + section.id(), section.title())));
        }
        var nav = new Nav(new H2("On this page"), list);
        nav.addClassName("guide-contents");
        nav.getElement().setAttribute("aria-label", "On this page");
        return nav;
    }

    /** The plain statement every guide page and the index carry. */
    static Aside disclaimer() {
        var note = new Aside(new Paragraph("This guide is general information, not medical advice. It can't "
                + "tell you what is going on for you or your baby; your doctor, midwife or nurse can."));
        note.addClassName("guide-disclaimer");
        note.getElement().setAttribute("aria-label", "About this guide");
        return note;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The page is built on the server after the browser read the address, so the browser can't find the
        // #section by itself: scroll to it (and move focus there, for keyboards and screen readers) once shown.
        attachEvent.getUI().getPage().executeJs("""
                setTimeout(() => {
                  const id = decodeURIComponent(location.hash.slice(1));
                  const target = id && document.getElementById(id);
                  if (target) {
                    target.setAttribute('tabindex', '-1');
                    target.scrollIntoView();
                    target.focus({preventScroll: true});
                  }
                });""");
    }
}
