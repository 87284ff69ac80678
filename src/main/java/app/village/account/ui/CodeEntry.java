package app.village.account.ui;

import app.village.account.CodeRefused;
import app.village.base.ui.FormMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What the two pages that ask for a mailed code (sign-up, the address change) do alike with its field, its "Send a
 * new code" button and their status lines; each page keeps its own layout and its own way back to the start.
 */
final class CodeEntry {

    private CodeEntry() {
    }

    /** The field as a phone likes it, and the status lines read out when they change. */
    static void prepare(TextField code, Paragraph codeSent, Paragraph newCodeSent, Button sendNewCode) {
        // Lets a phone offer the code from the mail it just received.
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setMaxLength(20);
        code.setRequiredIndicatorVisible(true);
        codeSent.getElement().setAttribute("role", "status");
        sendNewCode.addThemeVariants(ButtonVariant.TERTIARY);
        newCodeSent.setVisible(false);
        newCodeSent.getElement().setAttribute("role", "status");
    }

    /** The step shown afresh after a code went out: an empty field with the focus. */
    static void shown(TextField code, Paragraph newCodeSent) {
        code.clear();
        code.setInvalid(false);
        newCodeSent.setVisible(false);
        code.focus();
    }

    /** A new code went out: the one before no longer works. */
    static void newCodeSent(TextField code, Paragraph newCodeSent) {
        code.clear();
        code.setInvalid(false);
        newCodeSent.setText("We've sent a new code. The one before no longer works.");
        newCodeSent.setVisible(true);
        code.focus();
    }

    /** A wrong code is said next to the field; an ended one takes her back to the start, said next to the address. */
    static <F extends Component & HasValidation & Focusable<?>> void refused(CodeRefused refused, TextField code,
            F address, Runnable backToTheStart) {
        if (refused.ended()) {
            backToTheStart.run();
            FormMessages.show(address, refused.getMessage());
        } else {
            FormMessages.show(code, refused.getMessage());
        }
    }
}
