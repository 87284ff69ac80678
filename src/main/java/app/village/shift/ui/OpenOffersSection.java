package app.village.shift.ui;

import app.village.base.ui.Links;
import app.village.family.SpaceDetails;
import app.village.shift.BreakService;
import app.village.shift.ShiftProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The open offers of a break: the mother accepts or declines each; whoever made one may take it back. While it is
 * shown, an offer someone else makes, takes back or she answers elsewhere appears or goes.
 */
final class OpenOffersSection extends Section {

    private final BreakService breaks;
    private final SpaceDetails space;
    private final boolean hers;
    private final Runnable refresh;

    private OpenOffersSection(BreakService breaks, SpaceDetails space, boolean hers, Runnable refresh) {
        this.breaks = breaks;
        this.space = space;
        this.hers = hers;
        this.refresh = refresh;
    }

    /** {@code hers} when the mother reads them; {@code refresh} shows the page again after an answer. */
    static OpenOffersSection of(BreakService breaks, FollowShifts live, SpaceDetails space, boolean hers,
            Runnable refresh) {
        var section = new OpenOffersSection(breaks, space, hers, refresh);
        section.draw();
        live.follow(section, space, section::draw);
        return section;
    }

    private void draw() {
        var open = breaks.openOffers(space.id());
        removeAll();
        add(new H2(hers ? "Breaks offered to you" : "Offers of a break"));
        if (open.isEmpty()) {
            add(Links.quiet(hers ? "No offers right now." : "No open offers."));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("task-list");
        for (var each : open) {
            var item = new ListItem();
            item.addClassName("task-card");
            var who = new Paragraph(each.offeredBy() + ": " + ShiftTexts.shortDay(each.start()) + ", "
                    + ShiftTexts.hours(each.start(), each.end()));
            who.addClassName("task-title");
            item.add(who);
            if (each.note() != null) {
                item.add(new Paragraph(each.note()));
            }
            var buttons = new Div();
            buttons.addClassName("task-actions");
            if (hers) {
                var accept = new Button("Accept", click -> answer(() -> breaks.acceptOffer(space.id(), each.id()),
                        "Accepted. It's on the shift calendar.", refresh));
                accept.addThemeVariants(ButtonVariant.PRIMARY);
                accept.getElement().setAttribute("aria-label", "Accept the break from " + each.offeredBy());
                var decline = new Button("No, thank you", click -> answer(
                        () -> breaks.declineOffer(space.id(), each.id()), "Declined.", refresh));
                decline.getElement().setAttribute("aria-label", "Decline the break from " + each.offeredBy());
                buttons.add(accept, decline);
            } else if (each.mine()) {
                buttons.add(new Button("Take back my offer", click -> answer(
                        () -> breaks.withdrawOffer(space.id(), each.id()), "Your offer is taken back.", refresh)));
            }
            if (buttons.getComponentCount() > 0) {
                item.add(buttons);
            }
            list.add(item);
        }
        add(list);
    }

    private static void answer(Runnable action, String thanks, Runnable refresh) {
        try {
            action.run();
            ShiftActions.tell(thanks);
        } catch (ShiftProblem problem) {
            ShiftActions.tell(problem.getMessage());
        }
        refresh.run();
    }
}
