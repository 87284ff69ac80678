package app.village.shift.ui;

import app.village.base.ui.Links;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import app.village.guide.GuideCallouts;
import app.village.notification.MailStatus;
import app.village.shift.BreakService;
import app.village.shift.NightAskService;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * The mother's rest: her hours of rest this week, her protected sleep (a night shift kept open for each of
 * the coming nights, and which are covered), asking for a break, and the breaks her circle offers. Her
 * circle sees the same page from their side: nights to take, and a way to offer her a break.
 */
@Route(ShiftNavigation.REST)
@RouteAlias(ShiftNavigation.SPACE_REST)
@PermitAll
class RestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final RestService rest;
    private final BreakService breaks;
    private final FollowShifts live;
    private Registration following = () -> { };
    private String title = "Rest · Village";

    final SleepNights nights;
    final SleepSection sleep;
    final BreakRequestSection breakRequest;
    final BreakOfferSection breakOffer;

    RestView(FamilyService families, RestService rest, BreakService breaks, ShiftService shifts,
            NightAskService nightAsks, MailStatus mailStatus, GuideCallouts callouts, Clock clock, FollowShifts live) {
        this.families = families;
        this.live = live;
        this.rest = rest;
        this.breaks = breaks;
        this.nights = new SleepNights(shifts, nightAsks, mailStatus, clock);
        this.sleep = new SleepSection(rest, nights, live);
        this.breakRequest = new BreakRequestSection(breaks, callouts, clock);
        this.breakOffer = new BreakOfferSection(breaks, clock);
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FamilyNavigation.spaceOrLastUsed(event, families).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void show(SpaceDetails space) {
        title = "Rest · " + space.name() + " · Village";
        removeAll();
        var hers = space.can(FamilyPermission.PLAN_OWN_REST);
        Runnable refresh = () -> show(space);
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1(hers ? "Your rest" : "Her rest"));
        add(new Paragraph("Sleep and a little time to herself make the early weeks easier for a new mother, and "
                + "leave her more room to enjoy her baby. Covering a night or a few hours is one of the most useful "
                + "things her circle can do."));
        var summary = new Paragraph(restThisWeek(space, hers));
        summary.addClassName("lead");
        add(summary);
        // The sections below follow the shifts themselves; this page keeps its summary up to date.
        following.remove();
        following = live.follow(this, space, () -> summary.setText(restThisWeek(space, hers)));
        if (hers) {
            // What her circle offers her comes first, so an answer she owes is never under the forms.
            add(OpenOffersSection.of(breaks, live, space, true, refresh), sleep.show(space, true, refresh),
                    breakRequest.show(space, refresh));
        } else {
            add(sleep.show(space, false, refresh), OpenOffersSection.of(breaks, live, space, false, refresh));
            if (space.can(FamilyPermission.OFFER_RESPITE)) {
                add(breakOffer.show(space, refresh));
            }
        }
        var calendar = Links.routerLink(ShiftNavigation.CALENDAR_FEED, "Add the nights and shifts to my calendar");
        calendar.addClassName("calendar-link");
        add(new Paragraph(calendar), Links.quiet(ShiftTexts.zoneLabel(space.zone())));
    }

    private String restThisWeek(SpaceDetails space, boolean hers) {
        var week = rest.restThisWeek(space.id());
        return (hers ? "Your rest this week: " : "Her rest this week: ") + ShiftTexts.duration(week.rest())
                + " covered, " + week.coveredNights() + (week.coveredNights() == 1 ? " night" : " nights")
                + " with someone on the night shift.";
    }
}
