package app.village.caretask.ui;

import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import app.village.base.ui.RepeatFields;
import app.village.base.Repeat;
import app.village.base.ui.Toast;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a task, bound to {@link TaskForm} with its own constraints. The repeat fields show only
 * what the chosen pattern needs (weekdays for "On chosen weekdays", a number for "Every few days").
 */
final class TaskFormFields {

    final TextField title = new TextField("What needs doing");
    final Select<TaskCategory> category = new Select<>();
    final DatePicker dueDate = new DatePicker("Day");
    final TimePicker startTime = new TimePicker("From");
    final TimePicker endTime = new TimePicker("Until");
    final IntegerField effortMinutes = new IntegerField("Effort in minutes");
    final TextArea notes = new TextArea("Notes");
    // Says what it does, so it doesn't read as a second "Care for the mother" beside the category.
    final Checkbox forMother = new Checkbox("For her: don't ask her to take it on");
    final Details more = new Details("More: times and effort");
    private final RepeatFields repeating = new RepeatFields();
    final RadioButtonGroup<Repeat> repeat = repeating.repeat;
    final CheckboxGroup<DayOfWeek> weekdays = repeating.weekdays;
    final IntegerField everyDays = repeating.everyDays;
    final DatePicker repeatUntil = repeating.repeatUntil;

    private final BeanValidationBinder<TaskForm> binder = RecordBinders.forRecord(TaskForm.class);
    /** A new task, on which choosing "Care for the mother" ticks "For her"; a saved task keeps her choice. */
    private boolean isNew;
    /** "For her" was ticked by the category, not by her: choosing another category takes it back. */
    private boolean tickedByCategory;

    TaskFormFields(LocalDate today) {
        title.setHelperText("For example \"Bring dinner\" or \"Fold the laundry\".");
        category.setLabel("Category");
        category.setItems(TaskCategory.values());
        category.setItemLabelGenerator(TaskCategory::label);
        dueDate.setHelperText("Leave it empty for \"any day\".");
        dueDate.setClearButtonVisible(true);
        dueDate.setMin(today.minusDays(7));
        dueDate.setMax(today.plusYears(1));
        dueDate.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage("Please choose a day from last week on.")
                .setMaxErrorMessage("Please choose a day within the next year.")
                .setBadInputErrorMessage("Please enter a date, for example 12/24/2026."));
        for (var time : List.of(startTime, endTime)) {
            time.setStep(Duration.ofMinutes(15));
            time.setClearButtonVisible(true);
        }
        startTime.setHelperText("Optional. Times are in the family's time zone.");
        effortMinutes.setHelperText("Optional. Roughly how long it takes; it only sets how much the task counts in "
                + "the fair share. Left empty, it counts as " + TaskForm.USUAL_EFFORT_MINUTES + " minutes.");
        more.addClassName("task-more");
        // No client-side min, max or step: the browser would mark a value invalid without words (a step
        // counts from the minimum), while the form's own rules say what is wrong next to the field.
        notes.setHelperText("Anything the helper should know.");
        // No maxlength on the text fields either (docs/decisions/no-maxlength-on-text-fields.md): the browser
        // would cut a pasted text silently, and the server-side check of it has no words; the form's own rule
        // says what is wrong.
        category.addValueChangeListener(change -> tickForHerWithTheCategory(change.getValue()));
        forMother.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                tickedByCategory = false;
            }
        });
        forMother.setHelperText("Like \"Bring her water during the night feed\": she sees it, but isn't asked to "
                + "take it on, and it doesn't count in her fair share.");
        repeating.whenRepeatingChanges(repeats -> dueDate.setLabel(repeats ? "First day" : "Day"));

        binder.bind(title, "title");
        binder.bind(category, "category");
        // The select always holds a category, so there is nothing to require; marked required, Vaadin puts
        // aria-required on its button, which that role does not allow (axe: aria-allowed-attr, critical).
        category.setRequiredIndicatorVisible(false);
        binder.bind(notes, "notes");
        binder.bind(dueDate, "dueDate");
        binder.bind(startTime, "startTime");
        binder.bind(endTime, "endTime");
        // Optional for whoever adds the task; the record (and the service) always carry a whole number.
        effortMinutes.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage("Please enter a whole number of minutes, or leave it empty."));
        // Text that isn't a number reaches the server as an empty value: only a truly empty field means "usual".
        // The field's own check knows the difference (the browser reports the text it could not read); it is
        // named here so the rule holds whatever the binder's default validators, and says it in words.
        binder.forField(effortMinutes)
                .withValidator(effortMinutes.getDefaultValidator())
                .withConverter(minutes -> minutes == null ? TaskForm.USUAL_EFFORT_MINUTES : minutes, minutes -> minutes)
                .bind("effortMinutes");
        binder.bind(repeat, "repeat");
        binder.bind(weekdays, "weekdays");
        binder.forField(everyDays).asRequired("Choose between every 2 and every 30 days.").bind("everyDays");
        binder.bind(repeatUntil, "repeatUntil");
        binder.bind(forMother, "forMother");
    }

    /**
     * The fields in page order; {@code withRepeat} false for a single day of a repeating task. Times and effort,
     * which most tasks don't need, wait under "More".
     */
    List<Component> all(boolean withRepeat) {
        repeating.offer(withRepeat);
        if (more.getContent().findAny().isEmpty()) {
            var rare = new FormLayout(startTime, endTime, effortMinutes);
            rare.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            more.add(rare);
        }
        return List.of(title, category, dueDate, notes, forMother, more, repeat, weekdays, everyDays, repeatUntil);
    }

    /**
     * An empty new task for {@code day}: no category chosen (a guess would be wrong as often as right, and
     * "Meals" shows the household's food notes), and no effort, which then counts as the usual.
     */
    void readNew(LocalDate day) {
        isNew = true;
        tickedByCategory = false;
        binder.readRecord(TaskForm.once("", TaskCategory.HOUSEHOLD, "", day, TaskForm.USUAL_EFFORT_MINUTES));
        category.clear();
        category.setInvalid(false);
        effortMinutes.clear();
        effortMinutes.setInvalid(false);
        repeating.show(Repeat.NEVER);
    }

    void read(TaskForm form) {
        if (form.dueDate() != null && dueDate.getMin() != null && form.dueDate().isBefore(dueDate.getMin())) {
            dueDate.setMin(form.dueDate()); // an older task can be opened and saved as it is
        }
        isNew = false;
        tickedByCategory = false;
        binder.readRecord(form);
        repeating.show(form.repeat());
        // A task that has times or an effort of its own shows them.
        more.setOpened(form.startTime() != null || form.endTime() != null
                || form.effortMinutes() != TaskForm.USUAL_EFFORT_MINUTES);
    }

    /**
     * On a new task, "Care for the mother" ticks "For her" (she can untick it); moving to another category
     * takes the tick back only when the category had set it.
     */
    private void tickForHerWithTheCategory(@Nullable TaskCategory chosen) {
        if (!isNew) {
            return;
        }
        if (chosen == TaskCategory.CARE_FOR_THE_MOTHER && !forMother.getValue()) {
            forMother.setValue(true);
            tickedByCategory = true;
        } else if (chosen != TaskCategory.CARE_FOR_THE_MOTHER && tickedByCategory) {
            forMother.setValue(false);
            tickedByCategory = false;
        }
    }

    /** The form, or empty when a field is refused; the message is then next to it and focus on the first. */
    Optional<TaskForm> write() {
        try {
            var form = binder.writeRecord();
            // An empty weekday choice arrives as an empty set; keep it a plain immutable one.
            return Optional.of(form.withRepeat(form.repeat(), Set.copyOf(form.weekdaysOrNone()), form.everyDays(),
                    form.repeatUntil()));
        } catch (ValidationException invalid) {
            focusFirstInvalid();
            return Optional.empty();
        }
    }

    private void focusFirstInvalid() {
        List<Component> inPageOrder = List.of(title, category, dueDate, startTime, endTime, effortMinutes, notes,
                weekdays, everyDays, repeatUntil);
        inPageOrder.stream()
                .filter(field -> ((HasValidation) field).isInvalid())
                .findFirst()
                .map(field -> {
                    if (field == startTime || field == endTime || field == effortMinutes) {
                        more.setOpened(true);
                    }
                    return field;
                })
                // The weekday choice is a checkbox group, which can't take focus as a whole.
                .ifPresent(field -> {
                    if (field instanceof Focusable<?> focusable) {
                        focusable.focus();
                    }
                });
    }

    /** The service checks the same rules plus those spanning fields; each message goes next to its field. */
    void show(ConstraintViolationException refused) {
        for (var violation : refused.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            var field = fieldFor(path.substring(path.lastIndexOf('.') + 1));
            if (field.isPresent()) {
                field.get().setErrorMessage(violation.getMessage());
                field.get().setInvalid(true);
            } else {
                Toast.problem(violation.getMessage());
            }
        }
        focusFirstInvalid();
    }

    private Optional<HasValidation> fieldFor(String property) {
        return Optional.ofNullable(switch (property) {
            case "title" -> title;
            case "category" -> category;
            case "notes" -> notes;
            case "dueDate", TaskForm.DUE_DATE_PLAUSIBLE, TaskForm.TIME_ON_A_DAY, TaskForm.REPEAT_STARTING -> dueDate;
            case "startTime", TaskForm.END_WITH_START -> startTime;
            case "endTime", TaskForm.END_AFTER_START -> endTime;
            case "effortMinutes" -> effortMinutes;
            case "weekdays", TaskForm.WEEKDAY_CHOSEN, TaskForm.ANY_DAY_IN_RANGE -> weekdays.isVisible() ? weekdays : repeatUntil;
            case "everyDays" -> everyDays;
            case "repeatUntil", TaskForm.REPEAT_UNTIL_PLAUSIBLE, TaskForm.REPEAT_END_AFTER_START -> repeatUntil;
            default -> null;
        });
    }

    /** For refusals the service words itself, such as a pattern with no day in its range. */
    void showOnRepeat(String message) {
        FormMessages.show(repeatUntil, message);
    }
}
