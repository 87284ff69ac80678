package app.village.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * What a person sees when a family space is no longer shared with her (she was removed, it was deleted,
 * or the address belongs to another family): one calm sentence, then her start page. The same answer in
 * every case, so an address from another family reveals nothing about it.
 */
public final class LostAccess {

    public static final String MESSAGE = "This family space is no longer shared with you.";

    private LostAccess() {
    }

    /** For a view whose {@code beforeEnter} was refused: show the notice and open the start page instead. */
    public static void sendHome(BeforeEnterEvent event) {
        showNotice();
        event.forwardTo("");
    }

    /** For a page already open when access ended (its live refresh was refused): the notice, then the start page. */
    static void leavePage() {
        showNotice();
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.navigate("");
        }
    }

    static void showNotice() {
        Toast.problem(MESSAGE);
    }
}
