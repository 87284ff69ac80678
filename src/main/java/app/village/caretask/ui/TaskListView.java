package app.village.caretask.ui;

import app.village.base.ui.Links;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskFilter;
import app.village.caretask.TaskId;
import app.village.caretask.TaskStatus;
import app.village.caretask.TaskSummary;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.MemberSummary;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every task of the space, soonest first and grouped by day, with filters for category, person, status and dates. It reads a
 * page of {@value #PAGE_SIZE} at a time from the database; "Show more" fetches the next page, so the list
 * stays quick however long the family's history grows, and works by keyboard and with one thumb. A repeating
 * task shows once, on its next open day, with how it repeats ("Every Mon, Wed, Fri").
 */
@Route(CareTaskNavigation.TASKS)
@RouteAlias(CareTaskNavigation.SPACE_TASKS)
@Menu(order = 2, title = "Tasks", icon = "vaadin:list-ul")
@PermitAll
class TaskListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final FamilyService families;
    private final CareTaskReadService taskReads;
    private final CareTaskWriteService taskWrites;
    private final Clock clock;
    private final LiveTasks live;
    private String title = "Tasks · Village";
    private @Nullable Registration following;

    // Built afresh for each space.
    Select<Optional<TaskCategory>> category = new Select<>();
    Select<Optional<UUID>> person = new Select<>();
    Select<Optional<TaskStatus>> status = new Select<>();
    DatePicker from = new DatePicker();
    DatePicker to = new DatePicker();
    /** The loaded tasks, one group per day: a heading and its list. */
    Div list = new Div();
    Paragraph shown = new Paragraph();
    Button showMore = new Button();
    private int loaded;
    private int total;
    private @Nullable UnorderedList lastGroup;
    private @Nullable LocalDate lastGroupDay;

    TaskListView(FamilyService families, CareTaskReadService taskReads, CareTaskWriteService taskWrites, Clock clock,
            LiveTasks live) {
        this.families = families;
        this.taskReads = taskReads;
        this.taskWrites = taskWrites;
        this.clock = clock;
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

    private void show(SpaceDetails space) {
        title = "Tasks · " + space.name() + " · Village";
        removeAll();
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("Tasks"));
        var bar = new Div();
        bar.addClassName("actions");
        if (space.can(FamilyPermission.CLAIM_CARE)) {
            var add = Links.routerLink(CareTaskNavigation.newTaskPath(space.id()), "Add a task");
            add.addClassNames("button-link", "primary");
            bar.add(add);
        }
        var todayLink = Links.routerLink(CareTaskNavigation.todayPath(space.id()), "Today");
        todayLink.addClassName("button-link");
        bar.add(todayLink);
        add(bar, filters(space, today));

        list = new Div();
        list.addClassName("task-days");
        shown = Links.quiet("");
        shown.getElement().setAttribute("aria-live", "polite");
        showMore = new Button("Show more");
        showMore.addClickListener(click -> loadMore(space, today));
        add(shown, list, showMore);
        reload(space, today);
        following = live.follow(this, space.id(), following, () -> readAgain(space, today));
    }

    private Details filters(SpaceDetails space, LocalDate today) {
        category = new Select<>();
        category.setLabel("Category");
        category.setItems(Optional.empty(), Optional.of(TaskCategory.MEALS), Optional.of(TaskCategory.BABY_CARE),
                Optional.of(TaskCategory.HOUSEHOLD), Optional.of(TaskCategory.ERRANDS),
                Optional.of(TaskCategory.OLDER_CHILDREN_AND_PETS), Optional.of(TaskCategory.CARE_FOR_THE_MOTHER),
                Optional.of(TaskCategory.VISITS));
        category.setItemLabelGenerator(value -> value.map(TaskCategory::label).orElse("All categories"));
        category.setValue(Optional.empty());

        var members = families.members(space.id());
        person = new Select<>();
        person.setLabel("Person");
        var people = new java.util.ArrayList<Optional<UUID>>();
        people.add(Optional.empty());
        members.forEach(member -> people.add(Optional.of(member.accountId())));
        person.setItems(people);
        person.setItemLabelGenerator(value -> value.flatMap(id -> members.stream()
                .filter(member -> member.accountId().equals(id)).findFirst())
                .map(TaskListView::personLabel).orElse("Anyone"));
        person.setValue(Optional.empty());

        status = new Select<>();
        status.setLabel("Status");
        status.setItems(Optional.empty(), Optional.of(TaskStatus.OPEN), Optional.of(TaskStatus.CLAIMED),
                Optional.of(TaskStatus.DONE));
        status.setItemLabelGenerator(value -> value.map(TaskListView::statusLabel).orElse("Any status"));
        status.setValue(Optional.empty());

        from = new DatePicker("From");
        from.setValue(today);
        from.setClearButtonVisible(true);
        to = new DatePicker("To");
        to.setClearButtonVisible(true);
        to.setHelperText("Leave both dates empty to see every task, including ones without a day.");

        category.addValueChangeListener(change -> reload(space, today));
        person.addValueChangeListener(change -> reload(space, today));
        status.addValueChangeListener(change -> reload(space, today));
        from.addValueChangeListener(change -> reload(space, today));
        to.addValueChangeListener(change -> reload(space, today));

        var form = new FormLayout(category, person, status, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        // The fields (and their items) reach the browser only when she opens the filters: sent with every visit
        // of the list, they made up a quarter of its response and stayed in the session's saved copy of it.
        var details = new Details("Filters");
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && form.getParent().isEmpty()) {
                details.add(form);
            }
        });
        details.addClassName("task-filters");
        return details;
    }

    private static String personLabel(MemberSummary member) {
        return member.isMe() ? member.displayName() + " (you)" : member.displayName();
    }

    private static String statusLabel(TaskStatus value) {
        return switch (value) {
            case OPEN -> "Open";
            case CLAIMED -> "Taken on";
            case DONE -> "Done";
        };
    }

    /**
     * Says what is true of an empty list: a space without tasks offers the first one; the list as it opens
     * (from today on) says nothing is coming up; only a filter she chose "matches" nothing.
     */
    private String whyEmpty(SpaceDetails space, LocalDate today) {
        if (taskReads.count(space.id(), TaskFilter.everything()) == 0) {
            return space.can(FamilyPermission.CLAIM_CARE)
                    ? "No tasks yet. Add the first one, or plan the first weeks with a repeating task."
                    : "No tasks yet.";
        }
        return filter().equals(TaskFilter.from(today))
                ? "Nothing from today on. Clear the From date to see earlier tasks."
                : "No tasks match these filters.";
    }

    TaskFilter filter() {
        var start = from.getValue();
        var end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            var swap = start;
            start = end;
            end = swap;
        }
        return new TaskFilter(category.getValue().orElse(null), person.getValue().orElse(null),
                status.getValue().orElse(null), start, end);
    }

    private void reload(SpaceDetails space, LocalDate today) {
        startOver(space);
        loadMore(space, today);
    }

    /**
     * Another member changed a task: the list reads again with her filters, as far as she had shown it, so "Show
     * more" goes on where it was; the filter fields are left as they are.
     */
    private void readAgain(SpaceDetails space, LocalDate today) {
        var wasShowing = Math.max(loaded, PAGE_SIZE);
        startOver(space);
        int found;
        do {
            // The service reads at most 500 at once; a list shown that far is read again in as many pages.
            found = load(space, today, Math.min(wasShowing - loaded, 500));
        } while (found > 0 && loaded < Math.min(wasShowing, total));
    }

    private void startOver(SpaceDetails space) {
        list.removeAll();
        lastGroup = null;
        lastGroupDay = null;
        loaded = 0;
        total = taskReads.listCount(space.id(), filter());
    }

    private void loadMore(SpaceDetails space, LocalDate today) {
        load(space, today, PAGE_SIZE);
    }

    /** Reads and shows the next {@code howMany} entries; says how many it found. */
    private int load(SpaceDetails space, LocalDate today, int howMany) {
        var actions = new TaskActions(taskWrites, space.id(), () -> readAgain(space, today));
        var page = taskReads.listPage(space.id(), filter(), loaded, howMany);
        var patterns = page.stream().anyMatch(TaskSummary::repeating)
                ? taskReads.repeatPatterns(space.id(), page.stream().map(TaskSummary::id).toList())
                : Map.<TaskId, String>of();
        for (var task : page) {
            var card = new TaskCard(space.id(), task, today, actions);
            var pattern = patterns.get(task.id());
            if (pattern != null) {
                card.showPattern(pattern);
            }
            groupFor(task.dueDate(), today).add(card);
        }
        loaded += page.size();
        shown.setText(total == 0 ? whyEmpty(space, today)
                : "Showing " + loaded + " of " + total + (total == 1 ? " task." : " tasks."));
        showMore.setVisible(loaded < total);
        return page.size();
    }

    /** The day's group, started when the list reaches a new day; "Show more" continues the last one. */
    private UnorderedList groupFor(@Nullable LocalDate day, LocalDate today) {
        if (lastGroup != null && Objects.equals(day, lastGroupDay)) {
            return lastGroup;
        }
        var heading = new H2(day == null ? "Any day" : day.equals(today) || day.equals(today.plusDays(1))
                || day.equals(today.minusDays(1)) ? TaskTexts.day(day, today) + ", " + TaskTexts.longDay(day)
                : TaskTexts.longDay(day));
        heading.addClassName("task-day");
        var group = new UnorderedList();
        group.addClassName("task-list");
        list.add(heading, group);
        lastGroup = group;
        lastGroupDay = day;
        return group;
    }
}
