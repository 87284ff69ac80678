package app.village.shift.ui;

import app.village.shift.ShiftForm;
import app.village.shift.ShiftProblem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/** The service's refusals of a rest form, each next to its field. */
final class FieldRefusals {

    private FieldRefusals() {
    }

    /** A form's submission: reads the form (which may refuse) and calls the service. */
    interface Submission {
        void submit() throws ValidationException;
    }

    /**
     * Submits a break form and says how it went: the binder's own refusals stay next to their fields, the service's
     * go next to theirs ({@link #showOn}), a problem is told; on success {@code thanks} is told and true returned.
     */
    static boolean submit(Submission submission, Map<String, HasValidation> byProperty, HasValidation otherwise,
            String thanks) {
        try {
            submission.submit();
        } catch (ValidationException invalid) {
            return false;
        } catch (ConstraintViolationException refused) {
            showOn(refused, byProperty, otherwise);
            return false;
        } catch (ShiftProblem problem) {
            ShiftActions.tell(problem.getMessage());
            return false;
        }
        ShiftActions.tell(thanks);
        return true;
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
