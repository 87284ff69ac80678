package app.village.base.ui;

import app.village.base.Repeat;
import app.village.base.RepeatRule;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a {@link RepeatRule} as the task and shift editors show them: a choice of pattern, then only
 * what that pattern needs (weekdays for "On chosen weekdays", a number for "Every few days") and a last day.
 * Each editor binds them to its own form.
 */
public final class RepeatFields {

    public final RadioButtonGroup<Repeat> repeat = new RadioButtonGroup<>("Repeats");
    public final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("On these days");
    public final IntegerField everyDays = new IntegerField("Every how many days");
    public final DatePicker repeatUntil = new DatePicker("Last day");
    private @Nullable Consumer<Boolean> whenRepeatingChanges;

    public RepeatFields() {
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(Repeat::label);
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.US));
        weekdays.addClassName("weekday-choice");
        // No client-side min or max: the browser would mark a value invalid without words.
        everyDays.setHelperText("From " + RepeatRule.EVERY_DAYS_MIN + " to " + RepeatRule.EVERY_DAYS_MAX + ".");
        repeatUntil.setHelperText("Optional. For example six weeks from now.");
        repeatUntil.setClearButtonVisible(true);
        repeat.addValueChangeListener(change -> show(change.getValue()));
    }

    /** Called with whether the chosen pattern repeats, for example to call the day field "First day". */
    public void whenRepeatingChanges(Consumer<Boolean> listener) {
        this.whenRepeatingChanges = listener;
    }

    /** Shows or hides the whole choice: a single day of a series has no pattern of its own. */
    public void offer(boolean offered) {
        repeat.setVisible(offered);
        show(offered ? repeat.getValue() : Repeat.NEVER);
    }

    /** Shows the fields the {@code chosen} pattern needs. */
    public void show(@Nullable Repeat chosen) {
        var repeats = repeat.isVisible() && chosen != null && chosen != Repeat.NEVER;
        weekdays.setVisible(repeats && chosen == Repeat.WEEKLY);
        everyDays.setVisible(repeats && chosen == Repeat.EVERY_N_DAYS);
        if (!everyDays.isVisible() && !RepeatRule.everyDaysAllowed(everyDays.getValue())) {
            // A hidden number nobody can see must not refuse the form: back to the default.
            everyDays.setValue(RepeatRule.EVERY_DAYS_MIN);
            everyDays.setInvalid(false);
        }
        repeatUntil.setVisible(repeats);
        if (whenRepeatingChanges != null) {
            whenRepeatingChanges.accept(repeats);
        }
    }
}
