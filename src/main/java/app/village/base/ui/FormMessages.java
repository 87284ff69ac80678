package app.village.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

/** Puts a service's refusal next to the field it concerns, and moves focus there. */
public final class FormMessages {

    private FormMessages() {
    }

    public static <F extends Component & HasValidation & Focusable<?>> void show(F field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    /** After a failed submit, take a keyboard or screen-reader user straight to the first problem. */
    @SafeVarargs
    public static <F extends Component & HasValidation & Focusable<?>> void focusFirstInvalid(F... fields) {
        for (var field : fields) {
            if (field.isInvalid()) {
                field.focus();
                return;
            }
        }
    }
}
