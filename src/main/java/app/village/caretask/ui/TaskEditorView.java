package app.village.caretask.ui;

import app.village.base.ui.EditorMode;
import app.village.base.Repeat;
import app.village.base.ui.Links;
import app.village.base.ui.ProblemText;
import app.village.base.ui.Toast;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskDetails;
import app.village.caretask.TaskId;
import app.village.caretask.TaskProblem;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.NotAllowedException;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Adding a task, changing one day, or changing all coming days of a repeating task. Owners and organizers
 * add open tasks for anyone; a supporter adds tasks she will do herself, and the page says so.
 */
@Route(CareTaskNavigation.NEW_TASK)
@RouteAlias(CareTaskNavigation.EDIT_TASK)
@PermitAll
class TaskEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final CareTaskReadService taskReads;
    private final CareTaskWriteService taskWrites;
    private final Clock clock;
    private String title = "Task · Village";

    // Built afresh for each visit.
    TaskFormFields fields;
    Button save = new Button();
    ProblemText problem = new ProblemText(ProblemText.Look.UNDER_FORM);

    TaskEditorView(FamilyService families, CareTaskReadService taskReads, CareTaskWriteService taskWrites,
            Clock clock) {
        this.families = families;
        this.taskReads = taskReads;
        this.taskWrites = taskWrites;
        this.clock = clock;
        this.fields = new TaskFormFields(LocalDate.now(clock)); // replaced by the family's day on entering
        addClassName("narrow-page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = FamilyNavigation.spaceFor(event, families::space);
        if (found.isEmpty()) {
            return;
        }
        var space = found.get();
        var mode = EditorMode.from(event.getRouteParameters());
        removeAll();
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        fields = new TaskFormFields(today);
        if (mode == EditorMode.NEW) {
            if (!space.can(FamilyPermission.CLAIM_CARE)) {
                refuse(space, "Viewers follow along; they don't add tasks. Ask the mother or an organizer.");
                return;
            }
            fields.readNew(today);
            show(space, mode, null, "Add a task");
            return;
        }
        var taskId = CareTaskNavigation.taskIdFrom(event.getRouteParameters());
        if (taskId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        TaskDetails details;
        try {
            details = taskReads.task(space.id(), taskId.get());
        } catch (TaskProblem gone) {
            refuse(space, gone.getMessage());
            return;
        }
        if (!details.task().mayChange()) {
            refuse(space, "Only organizers, or the person who added it, can change this task; done tasks keep "
                    + "their record.");
            return;
        }
        if (mode == EditorMode.ALL_COMING_DAYS) {
            if (details.seriesForm() == null) {
                refuse(space, "This task doesn't repeat.");
                return;
            }
            fields.read(details.seriesForm());
            show(space, mode, taskId.get(), "Change all coming days");
        } else {
            fields.read(details.form());
            show(space, mode, taskId.get(), details.task().repeating() ? "Change this day" : "Change the task");
            if (details.task().repeating()) {
                addComponentAtIndex(2, Links.quiet("This changes this day only. Moving it to another day makes "
                        + "it a one-off task."));
            }
        }
    }

    private void refuse(SpaceDetails space, String message) {
        title = "Task · Village";
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("You can't change this task"), new Paragraph(message));
    }

    private void show(SpaceDetails space, EditorMode mode, TaskId taskId, String heading) {
        title = heading + " · Village";
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1(heading));
        var ownTask = mode == EditorMode.NEW && !space.can(FamilyPermission.MANAGE_CARE);
        if (ownTask) {
            add(Links.quiet("You'll be down to do this yourself. The mother and organizers add tasks for anyone "
                    + "to take on."));
        }
        if (mode == EditorMode.ALL_COMING_DAYS) {
            add(Links.quiet("Changes apply from today on. Days already done, and days before today, stay as "
                    + "they were. Whoever took a day on keeps it if that day is still part of the pattern."));
        }
        problem = new ProblemText(ProblemText.Look.UNDER_FORM);
        save = new Button(mode == EditorMode.NEW ? "Add the task" : "Save changes");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save(space, mode, taskId, ownTask));
        var cancel = Links.routerLink(taskId == null ? CareTaskNavigation.todayPath(space.id())
                : CareTaskNavigation.taskPath(space.id(), taskId), "Cancel");
        cancel.addClassName("button-link");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.all(mode != EditorMode.ONE_DAY).forEach(form::add);
        form.add(problem, save, cancel);
        add(form);
        fields.title.focus();
    }

    void save(SpaceDetails space, EditorMode mode, TaskId taskId, boolean ownTask) {
        problem.clear();
        var form = fields.write();
        if (form.isEmpty()) {
            return;
        }
        var written = mode == EditorMode.ONE_DAY ? form.get().withRepeat(Repeat.NEVER, Set.of(), 2, null)
                : form.get();
        TaskId shown;
        try {
            shown = switch (mode) {
                case NEW -> ownTask ? taskWrites.addMyOwnTask(space.id(), written)
                        : taskWrites.create(space.id(), written);
                case ONE_DAY -> {
                    taskWrites.edit(space.id(), taskId, written);
                    yield taskId;
                }
                case ALL_COMING_DAYS -> {
                    taskWrites.editSeries(space.id(), taskId, written);
                    yield taskId;
                }
            };
        } catch (ConstraintViolationException refused) {
            fields.show(refused);
            return;
        } catch (TaskProblem | NotAllowedException refused) {
            problem.show(refused.getMessage());
            return;
        }
        Toast.show(mode == EditorMode.NEW ? "Task added." : "Changes saved.");
        if (mode == EditorMode.ALL_COMING_DAYS) {
            UI.getCurrent().navigate(CareTaskNavigation.tasksPath(space.id()));
        } else {
            UI.getCurrent().navigate(CareTaskNavigation.taskPath(space.id(), shown));
        }
    }
}
