package app.village.shift.ui;

import app.village.base.ui.Links;
import app.village.base.ui.TimeTexts;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.shift.ShiftSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A week of shifts: the days side by side on wide screens, one under the other on phones (the same page,
 * laid out by CSS). Open places stand out and are taken with one tap; nothing needs dragging.
 */
@Route(ShiftNavigation.SHIFTS)
@RouteAlias(ShiftNavigation.SPACE_SHIFTS)
@Menu(order = 3, title = "Shifts", icon = "vaadin:calendar-clock")
@PermitAll
class ShiftWeekView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final FamilyService families;
    private final ShiftService shifts;
    private final Clock clock;
    private final FollowShifts live;
    private Registration following = () -> { };
    private String title = "Shifts · Village";

    // Built afresh for each space.
    Checkbox onlyMine = new Checkbox();
    Button previousWeek = new Button();
    Button thisWeek = new Button();
    Button nextWeek = new Button();
    Div week = new Div();
    Paragraph emptyWeek = new Paragraph();
    private LocalDate monday = LocalDate.MIN;

    ShiftWeekView(FamilyService families, ShiftService shifts, Clock clock, FollowShifts live) {
        this.families = families;
        this.shifts = shifts;
        this.clock = clock;
        this.live = live;
        addClassName("page");
        addClassName("wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FamilyNavigation.spaceOrLastUsed(event, families).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(SpaceDetails space) {
        title = "Shifts · " + space.name() + " · Village";
        removeAll();
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("Shifts"), Links.quiet(ShiftTexts.zoneLabel(space.zone())));

        var bar = new Div();
        bar.addClassName("actions");
        if (space.can(FamilyPermission.MANAGE_CARE)) {
            var add = Links.routerLink(ShiftNavigation.newShiftPath(space.id()), "Add a shift");
            add.addClassNames("button-link", "primary");
            bar.add(add);
        }
        var rest = Links.routerLink(ShiftNavigation.restPath(space.id()),
                space.can(FamilyPermission.PLAN_OWN_REST) ? "My rest and sleep" : "Her rest and sleep");
        rest.addClassName("button-link");
        var calendar = Links.routerLink(ShiftNavigation.CALENDAR_FEED, "Add to my calendar");
        calendar.addClassName("button-link");
        bar.add(rest, calendar);
        add(bar);

        previousWeek = new Button("Previous week", click -> move(space, today, -1));
        thisWeek = new Button("This week", click -> move(space, today, 0));
        nextWeek = new Button("Next week", click -> move(space, today, 1));
        onlyMine = new Checkbox("Only my shifts");
        onlyMine.addValueChangeListener(change -> fill(space, today));
        var navigation = new Div(previousWeek, thisWeek, nextWeek, onlyMine);
        navigation.addClassNames("actions", "week-navigation");
        add(navigation);

        emptyWeek = Links.quiet("");
        emptyWeek.getElement().setAttribute("aria-live", "polite");
        week = new Div();
        week.addClassName("week");
        add(emptyWeek, week);
        fill(space, today);
        // Someone else's sign-up or change redraws the days only: the week she is on and her filter stay.
        following.remove();
        following = live.follow(this, space, () -> fill(space, today));
    }

    private void move(SpaceDetails space, LocalDate today, int weeks) {
        var thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        monday = weeks == 0 ? thisMonday : monday.plusWeeks(weeks);
        fill(space, today);
    }

    void fill(SpaceDetails space, LocalDate today) {
        week.removeAll();
        var found = shifts.week(space.id(), monday, onlyMine.getValue());
        var actions = new ShiftActions(shifts, space.id(), today, () -> fill(space, today));
        var maySignUp = space.can(FamilyPermission.CLAIM_CARE);
        week.getElement().setAttribute("aria-label", "Week of " + TimeTexts.monthDay(monday));
        emptyWeek.setText(found.isEmpty() ? emptyWeekText(space) : "");
        emptyWeek.setVisible(found.isEmpty());
        for (var day = monday; day.isBefore(monday.plusDays(7)); day = day.plusDays(1)) {
            var date = day;
            List<ShiftSummary> ofDay = found.stream().filter(s -> s.start().toLocalDate().equals(date)).toList();
            var heading = new H2(date.equals(today) ? "Today, " + TimeTexts.dayHeading(date) : TimeTexts.dayHeading(date));
            var column = new Section(heading);
            column.addClassName("week-day");
            if (date.equals(today)) {
                column.addClassName("week-today");
            }
            if (ofDay.isEmpty()) {
                // An empty week already says so once at the top; seven "No shifts" under it would only repeat it.
                if (!found.isEmpty()) {
                    column.add(Links.quiet(onlyMine.getValue() ? "None of yours" : "No shifts"));
                }
            } else {
                var list = new UnorderedList();
                list.addClassName("task-list");
                // A shift that is over can't be taken (the service would refuse it): no "Sign up" on it.
                // Nor on the mother's own rest: someone else takes her night or her break.
                var herOwnRest = space.can(FamilyPermission.PLAN_OWN_REST);
                ofDay.forEach(shift -> list.add(new ShiftCard(space.id(), shift,
                        maySignUp && shift.end().toInstant().isAfter(clock.instant())
                                && !(herOwnRest && (shift.protectedSleep() || shift.kind() == ShiftKind.RESPITE)),
                        actions)));
                column.add(list);
            }
            week.add(column);
        }
    }

    /** A week with no shifts says so once, with the next step that fits her role. */
    private String emptyWeekText(SpaceDetails space) {
        if (onlyMine.getValue()) {
            return "You're not on any shift this week.";
        }
        if (space.can(FamilyPermission.PLAN_OWN_REST)) {
            return "No shifts this week yet. Add one, or set your sleep window under \"My rest and sleep\" "
                    + "so your nights open up for someone to take.";
        }
        return space.can(FamilyPermission.MANAGE_CARE) ? "No shifts this week yet. Add the first one."
                : "No shifts this week yet.";
    }
}
