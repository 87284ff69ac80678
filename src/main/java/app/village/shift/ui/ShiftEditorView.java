package app.village.shift.ui;

import app.village.base.ui.RecordBinders;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.NotAllowedException;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import app.village.family.ui.Links;
import app.village.shift.ShiftForm;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

/** Adding a shift (owners and organizers). An end time before the start means the next morning. */
@Route(ShiftNavigation.NEW_SHIFT)
@PageTitle("Add a shift · Village")
@PermitAll
class ShiftEditorView extends Main implements BeforeEnterObserver {

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
    final Button save = new Button("Add the shift");
    final Paragraph problem = new Paragraph();
    private final BeanValidationBinder<ShiftForm> binder = RecordBinders.forRecord(ShiftForm.class);
    private @org.jspecify.annotations.Nullable SpaceDetails current;

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
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            if (current != null) {
                save(current);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = FamilyNavigation.spaceFor(event, families::space);
        if (found.isEmpty()) {
            return;
        }
        var space = found.get();
        removeAll();
        add(Links.backToSpace(space.id(), space.name()), new H1("Add a shift"));
        if (!space.can(FamilyPermission.MANAGE_CARE)) {
            add(new Paragraph("The mother and organizers add shifts. You can sign up for open places, or offer "
                    + "her a break on the rest page."));
            return;
        }
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        binder.readRecord(new ShiftForm(ShiftKind.NIGHT, today, LocalTime.of(22, 0), null, LocalTime.of(6, 0), 1, ""));
        problem.setVisible(false);
        current = space;
        var cancel = Links.routerLink(ShiftNavigation.shiftsPath(space.id()), "Cancel");
        cancel.addClassName("button-link");
        var form = new FormLayout(kind, day, startTime, endTime, endDay, capacity, notes, problem, save, cancel);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(Links.quiet(ShiftTexts.zoneLabel(space.zone())), form);
    }

    void save(SpaceDetails space) {
        problem.setVisible(false);
        ShiftForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        try {
            shifts.create(space.id(), form);
        } catch (ConstraintViolationException refused) {
            for (var violation : refused.getConstraintViolations()) {
                var path = violation.getPropertyPath().toString();
                HasValidation field = path.endsWith("capacity") ? capacity
                        : path.endsWith("notes") ? notes
                        : path.endsWith("dayPlausible") || path.endsWith(".day") ? day
                        : endTime;
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            }
            return;
        } catch (ShiftProblem | NotAllowedException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
            return;
        }
        Notification.show("Shift added.", 4000, Notification.Position.BOTTOM_CENTER);
        UI.getCurrent().navigate(ShiftNavigation.shiftsPath(space.id()));
    }
}
