package app.village.shift.ui;

import app.village.base.ui.RecordBinders;
import app.village.shift.HandoffForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The handoff's parts, each optional, so a tired helper writes only what matters. */
final class HandoffFields {

    final TimePicker lastFeedAt = new TimePicker("Last feed at");
    final TextField lastFeed = new TextField("Last feed: side or amount");
    final TextField nappies = new TextField("Nappies");
    final TextArea sleep = new TextArea("Sleep");
    final TextArea watchFor = new TextArea("Anything to watch");
    final TextArea openTasks = new TextArea("Still to do");
    private final BeanValidationBinder<HandoffForm> binder = RecordBinders.forRecord(HandoffForm.class);

    HandoffFields() {
        lastFeedAt.setStep(Duration.ofMinutes(5));
        lastFeedAt.setClearButtonVisible(true);
        lastFeed.setHelperText("For example \"left side, 15 minutes\" or \"90 ml\".");
        nappies.setHelperText("For example \"2 wet, 1 dirty\".");
        sleep.setHelperText("When and how long the baby slept.");
        watchFor.setHelperText("For example \"a little warm, check at 6\".");
        openTasks.setHelperText("What's left for the next person.");
        binder.bind(lastFeedAt, "lastFeedAt");
        binder.bind(lastFeed, "lastFeed");
        binder.bind(nappies, "nappies");
        binder.bind(sleep, "sleep");
        binder.bind(watchFor, "watchFor");
        binder.bind(openTasks, "openTasks");
        binder.readRecord(new HandoffForm(null, "", "", "", "", ""));
    }

    List<Component> all() {
        return List.of(lastFeedAt, lastFeed, nappies, sleep, watchFor, openTasks);
    }

    Optional<HandoffForm> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** Puts the service's refusal next to its field; the "say something" rule goes on the first field. */
    void show(ConstraintViolationException refused) {
        for (var violation : refused.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            HasValidation field = path.endsWith("lastFeed") ? lastFeed
                    : path.endsWith("nappies") ? nappies
                    : path.endsWith("sleep") ? sleep
                    : path.endsWith("watchFor") ? watchFor
                    : path.endsWith("openTasks") ? openTasks
                    : lastFeedAt;
            field.setErrorMessage(violation.getMessage());
            field.setInvalid(true);
        }
    }
}
