package app.village.caretask.ui;

import app.village.base.ui.Links;
import app.village.caretask.FairShareService;
import app.village.caretask.FairShare;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyHomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.annotation.Order;

/**
 * The fair-share picture on a space's home page: a bar per member, the mother included, for the last 7
 * and the last 30 days. Plain HTML and CSS: each row says its figure in words, and the bar beside it is
 * only decoration, so screen readers and a glance tell the same story.
 */
@SpringComponent
@Order(20)
class FairSharePicture implements FamilyHomeSection {

    private final FairShareService fairShares;
    private final LiveTasks live;

    FairSharePicture(FairShareService fairShares, LiveTasks live) {
        this.fairShares = fairShares;
        this.live = live;
    }

    /**
     * The picture is read and built when she asks for it: most visits of the home page don't, and it is the
     * page's largest part (a bar of several elements per member, twice) and one more statement. Once shown, it
     * reads again when another member changes a task (marking one done is what moves the bars).
     */
    @Override
    public Optional<Component> create(SpaceDetails space) {
        var show = new Button("Show the fair share");
        var section = new Section(new H2("Fair share"), Links.quiet("Time spent on tasks marked done. Night work, "
                + "10 PM to 6 AM, counts double."), show);
        section.addClassName("fair-share");
        var shown = new AtomicReference<Component>(show);
        show.addClickListener(click -> {
            var periods = periods(fairShares.fairShare(space.id()));
            section.replace(shown.getAndSet(periods), periods);
            live.follow(section, space.id(), null, () -> {
                var again = periods(fairShares.fairShare(space.id()));
                section.replace(shown.getAndSet(again), again);
            });
        });
        return Optional.of(section);
    }

    /**
     * Both periods as plain headed lists, not tabs: Vaadin's tab strip holds a focusable scroll area, which a tab
     * list may not contain (axe: aria-required-children, critical), and four rows each fit on a phone.
     */
    private static Component periods(FairShare share) {
        var periods = new Div(period("Last 7 days", "share-week", share.lastWeek()),
                period("Last 30 days", "share-month", share.lastMonth()));
        periods.addClassName("share-periods");
        return periods;
    }

    private static Component period(String heading, String className, List<FairShare.Share> shares) {
        var period = new Div(new H3(heading), bars(shares));
        period.addClassNames("share-period", className);
        return period;
    }

    static Component bars(List<FairShare.Share> shares) {
        var most = shares.stream().mapToInt(FairShare.Share::minutes).max().orElse(0);
        if (most == 0) {
            return Links.quiet("Nothing marked done in these days yet.");
        }
        var list = new UnorderedList();
        list.addClassName("share-bars");
        for (var share : shares) {
            var name = new Span(share.me() ? share.name() + " (you)" : share.name());
            name.addClassName("share-name");
            var figure = new Span(share.minutes() == 0 ? "none yet" : TaskTexts.effort(share.minutes()));
            figure.addClassName("share-figure");
            var fill = new Div();
            fill.addClassName("share-fill");
            fill.getStyle().set("width", Math.round(share.minutes() * 1000.0 / most) / 10.0 + "%");
            var bar = new Div(fill);
            bar.addClassName("share-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            var row = new ListItem(name, figure, bar);
            row.addClassName("share-row");
            list.add(row);
        }
        return list;
    }
}
