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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
    private final LiveTasks live;
    private String title = "Today · Village";
    private final Paragraph dayLine = Links.quiet("");
    private TaskSection doing = new TaskSection("You're doing", List.of());
    private TaskSection open = new TaskSection("Still open today and tomorrow", List.of());
    private @Nullable Registration following;

    TodayView(FamilyService families, CareTaskReadService taskReads, CareTaskWriteService taskWrites,
            ObjectProvider<TodaySection> sections, LiveTasks live) {
        this.families = families;
        this.taskReads = taskReads;
        this.taskWrites = taskWrites;
        this.sections = sections;
        this.live = live;
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
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("Today"), dayLine);
        // The other features' parts are made once per showing and left alone by a task refresh: they follow
        // their own changes (a shift she covers) and may hold what she is typing.
        var parts = sections.orderedStream().map(section -> section.create(space, () -> show(space))).toList();
        parts.stream().map(TodaySection.Part::headline).filter(Objects::nonNull).forEach(this::add);
        add(topActions(space));
        doing = new TaskSection("You're doing", parts.stream().flatMap(part -> part.doing().stream()).toList());
        open = new TaskSection("Still open today and tomorrow", List.of());
        add(doing, open);
        var all = Links.routerLink(CareTaskNavigation.tasksPath(space.id()), "All tasks");
        all.addClassName("button-link");
        add(all);
        showTasks(space, today);
        following = live.follow(this, space.id(), following, () -> showTasks(space, taskReads.today(space.id())));
    }

    /** Draws her tasks and the open ones again: only the task cards and what an empty list says change. */
    private void showTasks(SpaceDetails space, TodayTasks today) {
        var actions = new TaskActions(taskWrites, space.id(), () -> showTasks(space, taskReads.today(space.id())));
        var mayClaim = space.can(FamilyPermission.CLAIM_CARE);
        dayLine.setText(TaskTexts.longDay(today.today()));
        var nothingTakenOn = !mayClaim ? "Viewers follow along; they don't take tasks on."
                : today.open().isEmpty() ? "Nothing taken on yet. You can add something you'll do."
                : "Nothing taken on yet. Pick something below, or add what you'll do.";
        doing.show(cards(today.mine(), today.today(), space, actions), Links.quiet(nothingTakenOn));
        open.show(cards(today.open(), today.today(), space, actions), nothingOpen(space, today, mayClaim));
    }

    private static List<TaskCard> cards(List<TaskSummary> tasks, LocalDate today, SpaceDetails space,
            TaskActions actions) {
        return tasks.stream().map(task -> new TaskCard(space.id(), task, today, actions)).toList();
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

    /**
     * A heading with its task cards, after the items other features list there (a shift she covers), which are
     * placed once and never moved, so a task refresh leaves them as they are.
     */
    static final class TaskSection extends Section {

        private final UnorderedList list = new UnorderedList();
        private final boolean others;
        private @Nullable Component empty;

        TaskSection(String heading, List<ListItem> othersItems) {
            super(new H2(heading));
            addClassName("task-section");
            list.addClassName("task-list");
            othersItems.forEach(list::add);
            others = !othersItems.isEmpty();
        }

        void show(List<TaskCard> cards, Component whenEmpty) {
            list.getChildren().filter(TaskCard.class::isInstance).toList().forEach(list::remove);
            cards.forEach(list::add);
            if (empty != null) {
                remove(empty);
                empty = null;
            }
            if (!others && cards.isEmpty()) {
                list.getParent().ifPresent(parent -> remove(list));
                empty = whenEmpty;
                add(whenEmpty);
            } else if (list.getParent().isEmpty()) {
                add(list);
            }
        }
    }
}
