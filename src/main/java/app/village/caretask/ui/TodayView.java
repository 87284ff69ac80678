package app.village.caretask.ui;

import app.village.base.ui.Links;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskSummary;
import app.village.caretask.TodayTasks;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A member's day: what she has taken on (her tasks, and what other features add through {@link TodaySection},
 * such as the shifts she covers), then what is still open today and tomorrow, most urgent first, each with its
 * one-tap action. Reached from the bottom bar ("Today", her last used space) or from a space.
 */
@Route(CareTaskNavigation.TODAY)
@RouteAlias(CareTaskNavigation.SPACE_TODAY)
@Menu(order = 1, title = "Today", icon = "vaadin:check-square-o")
@PermitAll
class TodayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final CareTaskReadService taskReads;
    private final CareTaskWriteService taskWrites;
    private final ObjectProvider<TodaySection> sections;
    private String title = "Today · Village";

    TodayView(FamilyService families, CareTaskReadService taskReads, CareTaskWriteService taskWrites,
            ObjectProvider<TodaySection> sections) {
        this.families = families;
        this.taskReads = taskReads;
        this.taskWrites = taskWrites;
        this.sections = sections;
        addClassName("page");
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
        title = "Today · " + space.name() + " · Village";
        removeAll();
        var today = taskReads.today(space.id());
        var actions = new TaskActions(taskWrites, space.id(), () -> show(space));
        var mayClaim = space.can(FamilyPermission.CLAIM_CARE);

        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("Today"), Links.quiet(TaskTexts.longDay(today.today())));
        var parts = sections.orderedStream().map(section -> section.create(space, () -> show(space))).toList();
        parts.stream().map(TodaySection.Part::headline).filter(Objects::nonNull).forEach(this::add);
        add(topActions(space));
        var alsoDoing = parts.stream().flatMap(part -> part.doing().stream()).toList();
        var nothingTakenOn = !mayClaim ? "Viewers follow along; they don't take tasks on."
                : today.open().isEmpty() ? "Nothing taken on yet. You can add something you'll do."
                : "Nothing taken on yet. Pick something below, or add what you'll do.";
        add(section("You're doing", alsoDoing, today.mine(), today.today(), space, actions,
                Links.quiet(nothingTakenOn)));
        add(section("Still open today and tomorrow", List.of(), today.open(), today.today(), space, actions,
                nothingOpen(space, today, mayClaim)));
        var all = Links.routerLink(CareTaskNavigation.tasksPath(space.id()), "All tasks");
        all.addClassName("button-link");
        add(all);
    }

    /** Says why nothing is open; in a space without tasks, offers the first one. */
    private static Component nothingOpen(SpaceDetails space, TodayTasks today, boolean mayAdd) {
        var text = Links.quiet(TaskTexts.nothingOpen(today, mayAdd));
        if (!today.noTasksYet() || !mayAdd) {
            return text;
        }
        var first = Links.routerLink(CareTaskNavigation.newTaskPath(space.id()), "Add the first task");
        first.addClassNames("button-link", "primary");
        var next = new Div(text, first);
        next.addClassName("empty-state");
        return next;
    }

    private static Div topActions(SpaceDetails space) {
        var bar = new Div();
        bar.addClassName("actions");
        if (space.can(FamilyPermission.CLAIM_CARE)) {
            var add = Links.routerLink(CareTaskNavigation.newTaskPath(space.id()), "Add a task");
            add.addClassNames("button-link", "primary");
            bar.add(add);
        }
        return bar;
    }

    private static Section section(String heading, List<ListItem> others, List<TaskSummary> tasks, LocalDate today,
            SpaceDetails space, TaskActions actions, Component whenEmpty) {
        var section = new Section(new H2(heading));
        section.addClassName("task-section");
        if (others.isEmpty() && tasks.isEmpty()) {
            section.add(whenEmpty);
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("task-list");
        others.forEach(list::add);
        tasks.forEach(task -> list.add(new TaskCard(space.id(), task, today, actions)));
        section.add(list);
        return section;
    }
}
