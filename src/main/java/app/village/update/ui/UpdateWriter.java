package app.village.update.ui;

import app.village.base.TextLocale;
import app.village.base.UserFacingProblem;
import app.village.base.ui.FormMessages;
import app.village.base.ui.RecordBinders;
import app.village.photo.PhotoProblem;
import app.village.photo.ProcessedPhoto;
import app.village.update.UpdateForm;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The text of an update, with a counter, its photos for a new one, and the button that sends it: "Write an update"
 * on the home and the Updates page, and the same form (without photos) when she edits one. Refusals show next to
 * the text or the photos; nothing is sent until it is fine.
 */
@StyleSheet("styles/updates.css")
final class UpdateWriter extends Composite<Div> {

    final TextArea text;
    final Button send;
    final Button cancel = new Button("Cancel");
    final @Nullable PhotoAttachments attachments;
    private final BeanValidationBinder<UpdateForm> binder = RecordBinders.forRecord(UpdateForm.class);

    /** What posting does with the checked form and her photos; may throw the service's refusal. */
    interface Submit {
        void accept(UpdateForm form, List<ProcessedPhoto> photos);
    }

    /** A writer of text only, for an edit: editing keeps the update's photos as they are. */
    UpdateWriter(String label, String sendText, String initial, Consumer<UpdateForm> submit) {
        this(label, sendText, initial, null, (form, photos) -> submit.accept(form));
    }

    /**
     * {@code submit} gets the checked form and the attached photos; once it went through, the text and photos are
     * emptied for the next one (an edit's writer is replaced by its card anyway).
     */
    UpdateWriter(String label, String sendText, String initial, @Nullable PhotoAttachments attachments,
            Submit submit) {
        this.attachments = attachments;
        text = new TextArea(label);
        text.setWidthFull();
        text.setMinRows(3);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> count());
        send = new Button(sendText);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        binder.forField(text).bind("text");
        binder.readRecord(new UpdateForm(initial));
        count();
        send.addClickListener(click -> {
            if (attachments != null && attachments.stillChecking()) {
                attachments.showProblem(PhotoAttachments.STILL_CHECKING);
                return;
            }
            try {
                submit.accept(binder.writeRecord(), attachments == null ? List.of() : attachments.photos());
                clear();
            } catch (ValidationException invalid) {
                text.focus();
            } catch (ConstraintViolationException refused) {
                FormMessages.show(text, refused.getConstraintViolations().iterator().next().getMessage());
            } catch (UserFacingProblem problem) {
                if (attachments != null && problem.fieldName().filter(PhotoProblem.FIELD::equals).isPresent()) {
                    attachments.showProblem(problem.getMessage());
                } else {
                    FormMessages.show(text, problem.getMessage());
                }
            }
        });
        var buttons = new Div(send);
        buttons.addClassName("actions");
        var form = getContent();
        form.addClassName("update-writer");
        form.add(text);
        if (attachments != null) {
            form.add(attachments);
        }
        form.add(buttons);
    }

    /** Adds the Cancel button, for an edit. */
    UpdateWriter cancellable(Runnable cancelled) {
        cancel.addClickListener(click -> cancelled.run());
        getContent().getChildren().filter(Div.class::isInstance).findFirst()
                .ifPresent(buttons -> ((Div) buttons).add(cancel));
        return this;
    }

    /** Empty again, without a refusal for the empty text she has not sent. */
    private void clear() {
        binder.readRecord(new UpdateForm(""));
        text.setInvalid(false);
        if (attachments != null) {
            attachments.clear();
        }
        count();
    }

    /** "12 of 1,000 characters": the trimmed text, as the limit counts it. */
    private void count() {
        var length = text.getValue().strip().length();
        text.setHelperText(String.format(TextLocale.DEFAULT, "%,d of %,d characters", length,
                UpdateForm.MOST_CHARACTERS));
    }
}
