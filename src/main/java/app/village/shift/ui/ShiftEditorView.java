package app.village.shift.ui;

import app.village.base.ui.EditorMode;
import app.village.base.RepeatForm;
import app.village.base.ui.Links;
import app.village.base.ui.ProblemText;
import app.village.base.ui.RecordBinders;
import app.village.base.ui.RepeatFields;
import app.village.base.ui.Toast;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.NotAllowedException;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import app.village.shift.ShiftEditing;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftProblem;
import app.village.shift.ShiftService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Adding a shift, once or repeating; changing one day; or changing all coming days of a repeating shift
 * (owners and organizers). An end time before the start means the next morning.
 */
@Route(ShiftNavigation.NEW_SHIFT)
@RouteAlias(ShiftNavigation.EDIT_SHIFT)
@PermitAll
class ShiftEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final ShiftService shifts;
    private final Clock clock;

    final RadioButtonGroup<ShiftKind> kind = new RadioButtonGroup<>("Kind of shift");
    final DatePicker day = new DatePicker("Day");
    final TimePicker startTime = new TimePicker("From");
    final DatePicker endDay = new DatePicker("Ends on (optional)");
    final TimePicker endTime = new TimePicker("Until");
    final IntegerField capacity = new IntegerField("Helpers needed");
    final TextArea notes = new TextArea("Notes");
    final RepeatFields repeating = new RepeatFields();
    final Button save = new Button("Add the shift");
    final ProblemText problem = new ProblemText(ProblemText.Look.UNDER_FORM);
    private final BeanValidationBinder<ShiftForm> binder = RecordBinders.forRecord(ShiftForm.class);
    private final BeanValidationBinder<RepeatForm> repeatBinder = RecordBinders.forRecord(RepeatForm.class);
    private @Nullable SpaceDetails current;
    private @Nullable ShiftId shiftId;
    private EditorMode mode = EditorMode.NEW;
    private String title = "Add a shift · Village";

    ShiftEditorView(FamilyService families, ShiftService shifts, Clock clock) {
        this.families = families;
        this.shifts = shifts;
        this.clock = clock;
        addClassName("narrow-page");
        kind.setItems(ShiftKind.values());
        kind.setItemLabelGenerator(ShiftKind::label);
        for (var time : new TimePicker[] {startTime, endTime}) {
            time.setStep(Duration.ofMinutes(15));
        }
        endTime.setHelperText("An end before the start means the next morning, as for a night shift.");
        endDay.setHelperText("Only for a shift that ends on a later day than the next morning.");
        endDay.setClearButtonVisible(true);
        capacity.setHelperText("Usually one.");
        notes.setHelperText("Anything the helper should know, for example where the bottles are.");
        binder.bind(kind, "kind");
        binder.bind(day, "day");
        binder.bind(startTime, "startTime");
        binder.bind(endDay, "endDay");
        binder.bind(endTime, "endTime");
        binder.forField(capacity).asRequired("A shift needs between 1 and 20 helpers.").bind("capacity");
        binder.bind(notes, "notes");
        repeatBinder.bind(repeating.repeat, "repeat");
        repeatBinder.bind(repeating.weekdays, "weekdays");
        repeatBinder.forField(repeating.everyDays).asRequired("Choose between every 2 and every 30 days.")
                .bind("everyDays");
        repeatBinder.bind(repeating.repeatUntil, "repeatUntil");
        repeating.whenRepeatingChanges(repeats -> {
            day.setLabel(repeats ? "First day" : "Day");
            endDay.setVisible(!repeats); // a repeating shift ends the same day or the next morning
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            if (current != null) {
                save(current);
            }
        });
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
        mode = EditorMode.from(event.getRouteParameters());
        shiftId = mode == EditorMode.NEW ? null : ShiftNavigation.shiftIdFrom(event.getRouteParameters()).orElse(null);
        if (mode != EditorMode.NEW && shiftId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        current = null;
        problem.clear();
        var heading = switch (mode) {
            case NEW -> "Add a shift";
            case ONE_DAY -> "Change this shift";
            case ALL_COMING_DAYS -> "Change all coming days";
        };
        title = heading + " · Village";
        var back = mode == EditorMode.NEW ? ShiftNavigation.shiftsPath(space.id())
                : ShiftNavigation.shiftPath(space.id(), java.util.Objects.requireNonNull(shiftId));
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1(heading));
        if (!space.can(FamilyPermission.MANAGE_CARE)) {
            add(new Paragraph("The mother and organizers add and change shifts. You can sign up for open places, "
                    + "or offer her a break on the rest page."));
            return;
        }
        if (!fill(space)) {
            return;
        }
        current = space;
        save.setText(switch (mode) {
            case NEW -> "Add the shift";
            case ONE_DAY -> "Save this day";
            case ALL_COMING_DAYS -> "Save all coming days";
        });
        var cancel = Links.routerLink(back, "Cancel");
        cancel.addClassName("button-link");
        var form = new FormLayout(kind, day, startTime, endTime, endDay, capacity, notes, repeating.repeat,
                repeating.weekdays, repeating.everyDays, repeating.repeatUntil, problem, save, cancel);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(Links.quiet(ShiftTexts.zoneLabel(space.zone())));
        if (mode == EditorMode.ONE_DAY) {
            add(Links.quiet("Only this day changes. If it is a day of a repeating shift, it then stands on its own."));
        } else if (mode == EditorMode.ALL_COMING_DAYS) {
            add(Links.quiet("Shifts from now on change; helpers keep their places. Shifts already under way or "
                    + "over stay as they were, and so do days changed on their own."));
        }
        add(form);
    }

    /** Puts the shift (or the defaults for a new one) into the fields; false when there is nothing to edit. */
    private boolean fill(SpaceDetails space) {
        if (mode == EditorMode.NEW) {
            var today = clock.instant().atZone(space.zone()).toLocalDate();
            binder.readRecord(new ShiftForm(ShiftKind.NIGHT, today, LocalTime.of(22, 0), null, LocalTime.of(6, 0), 1,
                    ""));
            repeatBinder.readRecord(RepeatForm.NONE);
            repeating.offer(true);
            return true;
        }
        ShiftEditing editing;
        try {
            editing = shifts.forEditing(space.id(), java.util.Objects.requireNonNull(shiftId));
        } catch (ShiftProblem gone) {
            add(new Paragraph(gone.getMessage()), Links.routerLink(ShiftNavigation.shiftsPath(space.id()),
                    "See all shifts"));
            return false;
        }
        if (mode == EditorMode.ALL_COMING_DAYS) {
            if (!editing.repeats()) {
                add(new Paragraph("This shift doesn't repeat."),
                        Links.routerLink(ShiftNavigation.editPath(space.id(), shiftId), "Change this shift"));
                return false;
            }
            binder.readRecord(java.util.Objects.requireNonNull(editing.seriesForm()));
            repeatBinder.readRecord(java.util.Objects.requireNonNull(editing.repeat()));
            repeating.offer(true);
        } else {
            binder.readRecord(editing.form());
            repeatBinder.readRecord(RepeatForm.NONE);
            repeating.offer(false);
            endDay.setVisible(true);
        }
        return true;
    }

    void save(SpaceDetails space) {
        problem.clear();
        ShiftForm form;
        RepeatForm repeat;
        try {
            form = binder.writeRecord();
            repeat = repeating.repeat.isVisible() ? repeatBinder.writeRecord() : RepeatForm.NONE;
        } catch (ValidationException invalid) {
            return;
        }
        if (repeat.repeats()) {
            // Hidden for a repeating shift, so a value left in it must not refuse the form.
            form = new ShiftForm(form.kind(), form.day(), form.startTime(), null, form.endTime(), form.capacity(),
                    form.notes());
            repeat = new RepeatForm(repeat.repeat(), Set.copyOf(repeat.weekdaysOrNone()), repeat.everyDays(),
                    repeat.repeatUntil());
        }
        try {
            switch (mode) {
                case NEW -> shifts.createRepeating(space.id(), form, repeat);
                case ONE_DAY -> shifts.edit(space.id(), java.util.Objects.requireNonNull(shiftId), form);
                case ALL_COMING_DAYS -> shifts.editSeries(space.id(), java.util.Objects.requireNonNull(shiftId), form,
                        repeat);
            }
        } catch (ConstraintViolationException refused) {
            for (var violation : refused.getConstraintViolations()) {
                var path = violation.getPropertyPath().toString();
                HasValidation field = path.endsWith("capacity") ? capacity
                        : path.endsWith("notes") ? notes
                        : path.endsWith(ShiftForm.DAY_PLAUSIBLE) || path.endsWith(".day") ? day
                        : path.endsWith("everyDays") ? repeating.everyDays
                        : path.endsWith(RepeatForm.WEEKDAY_CHOSEN) || path.endsWith("weekdays") ? repeating.weekdays
                        : endTime;
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            }
            return;
        } catch (ShiftProblem refused) {
            problem.show(ShiftTexts.problem(refused));
            return;
        } catch (NotAllowedException refused) {
            problem.show(refused.getMessage());
            return;
        }
        Toast.show(switch (mode) {
            case NEW -> repeat.repeats() ? "Repeating shift added." : "Shift added.";
            case ONE_DAY -> "Shift changed.";
            case ALL_COMING_DAYS -> "All coming days changed.";
        });
        UI.getCurrent().navigate(mode == EditorMode.NEW ? ShiftNavigation.shiftsPath(space.id())
                : ShiftNavigation.shiftPath(space.id(), java.util.Objects.requireNonNull(shiftId)));
    }
}
