package app.village.shift.ui;

import app.village.shift.ShiftForm;
import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/** The service's refusals of a rest form, each next to its field. */
final class FieldRefusals {

    private FieldRefusals() {
    }

    /** Each refusal next to its field; rules spanning the times go on {@code otherwise} (the end field). */
    static void showOn(ConstraintViolationException refused, Map<String, HasValidation> byProperty,
            HasValidation otherwise) {
        for (var violation : refused.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            var property = path.substring(path.lastIndexOf('.') + 1);
            var field = byProperty.getOrDefault(property.equals(ShiftForm.DAY_PLAUSIBLE) ? "day" : property, otherwise);
            field.setErrorMessage(violation.getMessage());
            field.setInvalid(true);
        }
    }
}
