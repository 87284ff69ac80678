package app.village.shift.ui;

import app.village.base.ui.Links;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyHomeSection;
import app.village.shift.Handoff;
import app.village.shift.HandoffService;
import app.village.shift.RestService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * On a space's home page: the mother's rest this week, whether tonight is covered, and (for her) the latest
 * handoff, so she never has to ask when the baby last ate.
 */
@SpringComponent
@Order(15)
class RestOnHome implements FamilyHomeSection {

    private final RestService rest;
    private final HandoffService handoffs;
    private final FollowShifts live;

    RestOnHome(RestService rest, HandoffService handoffs, FollowShifts live) {
        this.rest = rest;
        this.handoffs = handoffs;
        this.live = live;
    }

    @Override
    public Optional<Component> create(SpaceDetails space) {
        var section = new Section();
        section.addClassName("rest-on-home");
        draw(section, space);
        // Someone taking her night or writing a handoff shows on her open home page; the section has no fields.
        live.follow(section, space, () -> draw(section, space));
        return Optional.of(section);
    }

    private void draw(Section section, SpaceDetails space) {
        var hers = space.can(FamilyPermission.PLAN_OWN_REST);
        var glance = rest.restAtAGlance(space.id());
        var latest = hers ? handoffs.latestHandoffs(space.id(), 1).stream().findFirst() : Optional.<Handoff>empty();
        var week = glance.week();
        section.removeAll();
        section.add(new H2(hers ? "Your rest" : "Her rest"));
        section.add(new Paragraph((hers ? "This week you have " : "This week she has ") + ShiftTexts.duration(week.rest())
                + " of rest covered, and " + week.coveredNights() + (week.coveredNights() == 1 ? " night" : " nights")
                + " with someone on the night shift."));
        var cover = glance.cover();
        if (cover.isSet() && !cover.nights().isEmpty()) {
            var tonight = cover.nights().getFirst();
            section.add(new Paragraph(tonight.covered()
                    ? "Next night: covered by " + ShiftTexts.coveredBy(tonight) + "."
                    : "Next night: not covered yet."));
        }
        latest.ifPresent(handoff -> section.add(ShiftView.handoffSection("Latest handoff", handoff, "handoff")));
        var restLink = Links.routerLink(ShiftNavigation.restPath(space.id()), hers ? "Plan my rest" : "Help her rest");
        restLink.addClassNames("button-link", "primary");
        var all = Links.routerLink(ShiftNavigation.shiftsPath(space.id()), "Shifts this week");
        all.addClassName("button-link");
        var actions = new Div(restLink, all);
        actions.addClassName("actions");
        section.add(actions);
    }
}
