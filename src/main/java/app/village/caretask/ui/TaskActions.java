package app.village.caretask.ui;

import app.village.base.NoLongerAvailableException;
import app.village.base.ui.Toast;
import app.village.caretask.AlreadyTakenException;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskProblem;
import app.village.caretask.TaskSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;

/**
 * "I'll do it", "Hand back" and "Done" for one page: each calls the service, says what happened in a short
 * notification, and then lets the page show the new state. A task someone else took a moment earlier is
 * a normal outcome, told with her name, never an error page.
 */
final class TaskActions {

    private final CareTaskWriteService taskWrites;
    private final UUID spaceId;
    private final Runnable afterChange;

    TaskActions(CareTaskWriteService taskWrites, UUID spaceId, Runnable afterChange) {
        this.taskWrites = taskWrites;
        this.spaceId = spaceId;
        this.afterChange = afterChange;
    }

    void claim(TaskSummary task) {
        try {
            taskWrites.claim(spaceId, task.id());
            tell("It's yours. Thank you!");
        } catch (AlreadyTakenException taken) {
            tell(taken.takenBy() + " has already taken this on. Thank you all the same!");
        } catch (TaskProblem | NoLongerAvailableException problem) {
            tell(problem.getMessage());
        }
        afterChange.run();
    }

    void handBack(TaskSummary task) {
        try {
            taskWrites.handBack(spaceId, task.id());
            tell("Handed back. It's open for someone else now.");
        } catch (TaskProblem | NoLongerAvailableException problem) {
            tell(problem.getMessage());
        }
        afterChange.run();
    }

    /** Asks for an optional note ("left the soup in the fridge"), then marks the task done. */
    void askDone(TaskSummary task) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Mark \"" + task.title() + "\" done");
        var note = new TextArea("Note for the family (optional)");
        note.setHelperText("For example \"Left the soup in the fridge\".");
        note.setWidthFull();
        var done = new Button("Mark done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.addClickListener(click -> {
            try {
                taskWrites.markDone(spaceId, task.id(), note.getValue());
            } catch (ConstraintViolationException refused) {
                note.setErrorMessage(refused.getConstraintViolations().iterator().next().getMessage());
                note.setInvalid(true);
                note.focus();
                return;
            } catch (TaskProblem | NoLongerAvailableException problem) {
                dialog.close();
                tell(problem.getMessage());
                afterChange.run();
                return;
            }
            dialog.close();
            tell("Done. Thank you!");
            afterChange.run();
        });
        var cancel = new Button("Not yet", click -> dialog.close());
        dialog.add(note);
        dialog.getFooter().add(cancel, done);
        dialog.open();
        note.focus();
    }

    private static void tell(String message) {
        Toast.show(message);
    }
}
