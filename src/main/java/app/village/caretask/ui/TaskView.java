package app.village.caretask.ui;

import app.village.base.ui.Confirmations;
import app.village.base.ui.Links;
import app.village.base.ui.Toast;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.HouseholdNotes;
import app.village.caretask.TaskDetails;
import app.village.caretask.TaskId;
import app.village.caretask.TaskProblem;
import app.village.caretask.TaskStatus;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One task: what, when, how long, who has it, the notes, and its actions. A meal shows the household's
 * notes (diet and allergies, drop-off, quiet hours, address) to the person bringing it.
 */
@Route(CareTaskNavigation.TASK)
@PermitAll
class TaskView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final CareTaskReadService taskReads;
    private final CareTaskWriteService taskWrites;
    private final Clock clock;
    private final LiveTasks live;
    private String title = "Task · Village";
    private @Nullable Registration following;
    private String shownTitle = "";

    // Built afresh for each task.
    Button claim = new Button();
    Button done = new Button();
    Button handBack = new Button();
    Button delete = new Button();
    Button stopRepeating = new Button();

    TaskView(FamilyService families, CareTaskReadService taskReads, CareTaskWriteService taskWrites, Clock clock,
            LiveTasks live) {
        this.families = families;
        this.taskReads = taskReads;
        this.taskWrites = taskWrites;
        this.clock = clock;
        this.live = live;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var space = FamilyNavigation.spaceFor(event, families::space);
        if (space.isEmpty()) {
            return;
        }
        var taskId = CareTaskNavigation.taskIdFrom(event.getRouteParameters());
        if (taskId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(space.get(), taskReads.task(space.get().id(), taskId.get()));
        } catch (TaskProblem gone) {
            // The view is reused from the task shown before: it must stop following that one.
            if (following != null) {
                following.remove();
                following = null;
            }
            showGone(space.get(), gone.getMessage());
            return;
        }
        following = live.follow(this, space.get().id(), following, () -> readAgain(space.get(), taskId.get()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void showGone(SpaceDetails space, String message) {
        title = "Task · Village";
        removeAll();
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("This task is gone"), new Paragraph(message),
                Links.routerLink(CareTaskNavigation.tasksPath(space.id()), "See all tasks"));
    }

    /**
     * Another member changed a task of the space: the page shows this one as it is now (who has it, the buttons
     * that fit); a task deleted meanwhile keeps its title and says calmly that it was removed.
     */
    private void readAgain(SpaceDetails space, TaskId taskId) {
        try {
            show(space, taskReads.task(space.id(), taskId));
        } catch (TaskProblem gone) {
            showRemoved(space);
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    private void showRemoved(SpaceDetails space) {
        removeAll();
        var removed = new Paragraph("This task was removed. It is no longer on anyone's list.");
        removed.addClassName("task-removed");
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1(shownTitle), removed,
                Links.routerLink(CareTaskNavigation.tasksPath(space.id()), "See all tasks"));
    }

    void reload(SpaceDetails space, TaskId taskId) {
        try {
            show(space, taskReads.task(space.id(), taskId));
        } catch (TaskProblem gone) {
            showGone(space, gone.getMessage());
        }
    }

    private void show(SpaceDetails space, TaskDetails details) {
        var task = details.task();
        title = task.title() + " · Village";
        shownTitle = task.title();
        removeAll();
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        var actions = new TaskActions(taskWrites, space.id(), () -> reload(space, task.id()));

        var status = new Paragraph(TaskTexts.status(task));
        status.addClassNames("task-status", "task-" + task.status().name().toLowerCase(java.util.Locale.ROOT));
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1(task.title()), status);

        var facts = new DescriptionList();
        facts.addClassName("task-facts");
        fact(facts, "When", TaskTexts.when(task, today));
        fact(facts, "Category", task.category().label());
        fact(facts, "Effort", "About " + TaskTexts.effort(task.effortMinutes()));
        if (details.repeatRule() != null) {
            fact(facts, "Repeats", details.repeatRule());
        }
        add(facts);
        if (task.notes() != null) {
            var notes = new Paragraph(task.notes());
            notes.addClassName("task-notes");
            add(new Section(new H2("Notes"), notes));
        }
        if (task.doneNote() != null) {
            add(new Section(new H2("Note when it was done"), new Paragraph(task.doneNote())));
        }
        if (details.household() != null && !details.household().isEmpty()) {
            add(household(details.household()));
        }
        add(actionBar(space, details, today, actions));
        if (task.mayChange()) {
            add(changes(space, details));
        }
    }

    private static Section household(HouseholdNotes notes) {
        var list = new DescriptionList();
        list.addClassName("task-facts");
        if (!notes.diet().isBlank()) {
            fact(list, "Diet and allergies", notes.diet());
        }
        if (!notes.dropOff().isBlank()) {
            fact(list, "Drop-off", notes.dropOff());
        }
        if (!notes.quietHours().isBlank()) {
            fact(list, "Quiet hours", notes.quietHours());
        }
        if (!notes.address().isBlank()) {
            fact(list, "Address", notes.address());
        }
        var section = new Section(new H2("Before you bring the meal"), list);
        section.addClassName("household-notes");
        return section;
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private Div actionBar(SpaceDetails space, TaskDetails details, LocalDate today, TaskActions actions) {
        var task = details.task();
        var bar = new Div();
        bar.addClassName("actions");
        claim = new Button("I'll do it", click -> actions.claim(task));
        claim.addThemeVariants(ButtonVariant.PRIMARY);
        claim.setVisible(details.mayClaim());
        done = new Button("Mark done", click -> actions.askDone(task));
        done.addThemeVariants(ButtonVariant.PRIMARY);
        handBack = new Button("Hand back", click -> actions.handBack(task));
        var hers = task.mine() && task.status() == TaskStatus.CLAIMED;
        done.setVisible(hers);
        handBack.setVisible(hers);
        bar.add(claim, done, handBack);
        if (!details.mayClaim() && task.isOpen() && !space.can(FamilyPermission.CLAIM_CARE)) {
            bar.add(Links.quiet("Viewers follow along; they don't take tasks on."));
        }
        return bar;
    }

    private Section changes(SpaceDetails space, TaskDetails details) {
        var task = details.task();
        var links = new Div();
        links.addClassName("actions");
        var edit = Links.routerLink(CareTaskNavigation.editPath(space.id(), task.id()),
                task.repeating() ? "Change this day" : "Change");
        edit.addClassName("button-link");
        links.add(edit);
        if (task.repeating() && details.seriesForm() != null) {
            var editAll = Links.routerLink(CareTaskNavigation.editSeriesPath(space.id(), task.id()),
                    "Change all coming days");
            editAll.addClassName("button-link");
            links.add(editAll);
        }
        delete = new Button(task.repeating() ? "Delete this day…" : "Delete…", click -> confirmDelete(space, task.id(),
                task.title()));
        delete.addThemeVariants(ButtonVariant.ERROR);
        links.add(delete);
        if (task.repeating() && details.seriesForm() != null) {
            stopRepeating = new Button("Stop repeating…", click -> confirmStop(space, task.id()));
            stopRepeating.addThemeVariants(ButtonVariant.ERROR);
            links.add(stopRepeating);
        }
        return new Section(new H2("Change or remove"), links);
    }

    private void confirmDelete(SpaceDetails space, TaskId taskId, String taskTitle) {
        confirm("Delete \"" + taskTitle + "\"?", "It goes from everyone's lists.", "Delete", () -> {
            taskWrites.delete(space.id(), taskId);
            Toast.show("Task deleted.");
            UI.getCurrent().navigate(CareTaskNavigation.tasksPath(space.id()));
        });
    }

    private void confirmStop(SpaceDetails space, TaskId taskId) {
        confirm("Stop repeating?", "This day and the coming days that aren't done go from everyone's lists. "
                + "What was done stays in the history.", "Stop repeating", () -> {
                    taskWrites.stopRepeating(space.id(), taskId);
                    Toast.show("It no longer repeats.");
                    UI.getCurrent().navigate(CareTaskNavigation.tasksPath(space.id()));
                });
    }

    private static void confirm(String header, String text, String action, Runnable onConfirm) {
        Confirmations.ask(header, text, action, "Keep it", () -> {
            try {
                onConfirm.run();
            } catch (TaskProblem problem) {
                Toast.problem(problem.getMessage());
            }
        });
    }
}
