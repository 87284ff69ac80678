package app.village.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one "are you sure?" of the app, so every page asks the same way: before she loses something (a task,
 * the helper on her night, her protected sleep) or changes something for someone else (a role, a link she
 * sent), a dialog says what will happen and names both choices. The safe choice comes first and only closes
 * the dialog; nothing changes until she confirms.
 * <p>Decision: docs/decisions/confirm-before-she-loses-rest.md.
 */
public final class Confirmations {

    /** Classes of the two buttons, for tests and styles. */
    public static final String KEEP_CLASS = "confirmation-keep";
    public static final String CONFIRM_CLASS = "confirmation-confirm";

    private Confirmations() {
    }

    /**
     * Opens the dialog; {@code confirmed} runs after it closed, so it may show a notification or navigate.
     * The confirm button is marked as the destructive choice.
     */
    public static Dialog ask(String question, String whatSheLoses, String confirmText, String keepText,
            Runnable confirmed) {
        return open(question, whatSheLoses, confirmText, keepText, true, confirmed, () -> {
        });
    }

    /**
     * The same for a change that loses nothing for good (a new role, a new link): the confirm button is the
     * plain main action. {@code kept} runs when she keeps things as they were, by the button, Escape or a click
     * outside, so the page can put back what she had picked.
     */
    public static Dialog askToChange(String question, String whatChanges, String confirmText, String keepText,
            Runnable confirmed, Runnable kept) {
        return open(question, whatChanges, confirmText, keepText, false, confirmed, kept);
    }

    /** The same, when keeping things as they were needs nothing put back. */
    public static Dialog askToChange(String question, String whatChanges, String confirmText, String keepText,
            Runnable confirmed) {
        return askToChange(question, whatChanges, confirmText, keepText, confirmed, () -> {
        });
    }

    private static Dialog open(String question, String text, String confirmText, String keepText,
            boolean destructive, Runnable confirmed, Runnable kept) {
        var dialog = new Dialog();
        dialog.addClassName("confirmation");
        dialog.setHeaderTitle(question);
        dialog.add(new Paragraph(text));
        Runnable keepAsItIs = () -> {
            dialog.close();
            kept.run();
        };
        var keep = new Button(keepText, click -> keepAsItIs.run());
        keep.addClassName(KEEP_CLASS);
        var confirm = new Button(confirmText, click -> {
            dialog.close();
            confirmed.run();
        });
        confirm.addClassName(CONFIRM_CLASS);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        } else {
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
        }
        // Escape and a click outside mean "keep" too.
        dialog.addDialogCloseActionListener(closing -> keepAsItIs.run());
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        return dialog;
    }
}
