package app.village.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one "are you sure?" of the app, so every page asks the same way: before she loses something (a task,
 * the helper on her night, her protected sleep) a dialog says what will be lost and names both choices. The
 * safe choice comes first and only closes the dialog; nothing changes until she confirms.
 * <p>Decision: docs/decisions/confirm-before-she-loses-rest.md.
 */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * Opens the dialog; {@code confirmed} runs after it closed, so it may show a notification or navigate.
     * The confirm button is marked as the destructive choice.
     */
    public static Dialog ask(String question, String whatSheLoses, String confirmText, String keepText,
            Runnable confirmed) {
        var dialog = new Dialog();
        dialog.addClassName("confirmation");
        dialog.setHeaderTitle(question);
        dialog.add(new Paragraph(whatSheLoses));
        var keep = new Button(keepText, click -> dialog.close());
        var confirm = new Button(confirmText, click -> {
            dialog.close();
            confirmed.run();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        return dialog;
    }
}
