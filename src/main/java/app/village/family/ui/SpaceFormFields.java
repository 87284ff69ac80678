package app.village.family.ui;

import app.village.base.Countries;
import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import app.village.base.ui.Toast;
import app.village.family.FamilyProblem;
import app.village.family.SpaceForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a space's settings, bound to {@link SpaceForm} with its own Bean Validation constraints.
 * Creating a space shows only the {@link #basics()}; the household notes are left empty until settings, and
 * the country stays {@link Countries#DEFAULT} until the owner changes it there.
 */
final class SpaceFormFields {

    static final String DEFAULT_ZONE = "America/New_York";
    static final String DATE_MESSAGE = "A due or birth date should be within a year of today.";
    static final String COUNTRY_MESSAGE = "Please choose a country from the list.";

    final TextField name = new TextField("Name of the space");
    final TextField babyName = new TextField("Baby's name");
    final Checkbox babyBorn = new Checkbox("The baby is already born");
    final DatePicker babyDate = new DatePicker("Due date");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final ComboBox<String> country = new ComboBox<>("Country");
    final TextArea dietNotes = new TextArea("Diet and allergies");
    final TextArea dropOffNotes = new TextArea("Drop-off instructions");
    final TextField quietHours = new TextField("Quiet hours");
    final TextArea address = new TextArea("Address");
    final Checkbox organizersMayInvite = new Checkbox("Organizers may invite people");

    private final BeanValidationBinder<SpaceForm> binder = RecordBinders.forRecord(SpaceForm.class);

    /** {@code today}: the day SpaceForm's date rule counts from (the app clock's). */
    SpaceFormFields(LocalDate today) {
        name.setHelperText("For example \"The Rivera family\". Everyone you invite sees it.");
        babyName.setHelperText("Leave it empty if the name is not chosen yet.");
        babyBorn.addValueChangeListener(change -> babyDate.setLabel(change.getValue() ? "Birth date" : "Due date"));
        // The same window as SpaceForm's check, so the picker does not offer dates the form refuses.
        babyDate.setMin(today.minusYears(SpaceForm.BABY_DATE_YEARS_BACK));
        babyDate.setMax(today.plusYears(SpaceForm.BABY_DATE_YEARS_AHEAD));
        babyDate.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(DATE_MESSAGE)
                .setMaxErrorMessage(DATE_MESSAGE)
                .setBadInputErrorMessage("Please enter a date, for example 12/24/2025."));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setItemLabelGenerator(zone -> zone.replace('_', ' '));
        timeZone.setHelperText("Shifts and rest times are shown in this time zone. Type a city to search.");
        timeZone.setValue(DEFAULT_ZONE);
        country.setItems(Countries.byName());
        country.setItemLabelGenerator(Countries::name);
        country.setHelperText("Get help now shows the help lines of this country. Type a name to search.");
        country.setValue(Countries.DEFAULT);
        dietNotes.setHelperText("Allergies and what she eats or avoids, for anyone bringing a meal.");
        dropOffNotes.setHelperText("For example \"Text, don't knock. Leave meals on the porch.\"");
        quietHours.setHelperText("For example \"1 to 4 pm, while the baby naps\".");
        address.setHelperText("Shown only to members of this space.");
        organizersMayInvite.setHelperText("Organizers can then invite supporters and viewers.");

        binder.bind(name, "name");
        binder.bind(babyName, "babyName");
        binder.bind(babyDate, "babyDate");
        binder.bind(babyBorn, "babyBorn");
        binder.bind(timeZone, "timeZone");
        // The service refuses an unknown code too; checking here puts the message next to the field at once.
        binder.forField(country)
                .withValidator(Countries::isKnown, COUNTRY_MESSAGE)
                .bind("country");
        binder.bind(dietNotes, "dietNotes");
        binder.bind(dropOffNotes, "dropOffNotes");
        binder.bind(quietHours, "quietHours");
        binder.bind(address, "address");
        binder.bind(organizersMayInvite, "organizersMayInvite");
    }

    /** What a new space needs: its name, the baby, and the family's time zone. */
    List<Component> basics() {
        return List.of(name, babyName, babyBorn, babyDate, timeZone);
    }

    /** Where the family lives, for the help lines; in settings only. */
    List<Component> whereTheyLive() {
        return List.of(country);
    }

    /** What helpers need to know before they come by. */
    List<Component> householdNotes() {
        return List.of(dietNotes, dropOffNotes, quietHours, address);
    }

    void read(SpaceForm form) {
        binder.readRecord(form);
    }

    /** The form, or empty when a field is refused; the message is then next to it and focus on the first. */
    Optional<SpaceForm> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            focusFirstInvalid();
            return Optional.empty();
        }
    }

    private void focusFirstInvalid() {
        List<Component> inPageOrder = List.of(name, babyName, babyDate, timeZone, country, dietNotes, dropOffNotes,
                quietHours, address);
        inPageOrder.stream()
                .filter(field -> ((HasValidation) field).isInvalid())
                .findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    /** Puts the service's refusal where it belongs. */
    void show(FamilyProblem problem) {
        if (problem.field() == FamilyProblem.Field.NAME) {
            FormMessages.show(name, problem.getMessage());
        } else {
            Toast.problem(problem.getMessage());
        }
    }

    /**
     * The service checks the same constraints as the binder, plus two that span the record (a known time zone,
     * a plausible date); should one of those refuse, its message goes next to its field.
     */
    void show(ConstraintViolationException refused) {
        for (var violation : refused.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            var message = violation.getMessage();
            if (path.endsWith(SpaceForm.TIME_ZONE_KNOWN) || path.endsWith("timeZone")) {
                FormMessages.show(timeZone, message);
            } else if (path.endsWith(SpaceForm.COUNTRY_KNOWN) || path.endsWith("country")) {
                FormMessages.show(country, message);
            } else if (path.endsWith(SpaceForm.BABY_DATE_PLAUSIBLE) || path.endsWith("babyDate")) {
                FormMessages.show(babyDate, message);
            } else if (path.endsWith("babyName")) {
                FormMessages.show(babyName, message);
            } else if (path.endsWith("name")) {
                FormMessages.show(name, message);
            } else {
                Toast.problem(message);
            }
        }
    }
}
