package app.village.base.ui;

import app.village.base.NoLongerAvailableException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place unexpected errors end: logged with a short reference, shown as a calm notification.
 * No stack trace or exception text ever reaches the browser.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        if (causedBy(event.getThrowable(), NoLongerAvailableException.class)) {
            log.info("Sent someone to her start page: {}", event.getThrowable().getMessage());
            takeHomeWithNotice();
            return;
        }
        String message;
        if (causedBy(event.getThrowable(), AccessDeniedException.class)) {
            log.warn("Refused an action the signed-in person may not do: {}", event.getThrowable().getMessage());
            message = "That isn't available to you.";
        } else {
            var reference = newReference();
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            message = "Something went wrong on our side. Please try again. (Reference " + reference + ")";
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Toast.error(message);
            });
        }
    }

    /**
     * She was removed from a space (or it was deleted) while its page was open: say so, and take her to the
     * start page, which opens her other space or offers to start one.
     */
    private static void takeHomeWithNotice() {
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                LostAccess.showNotice();
                ui.navigate("");
            });
        }
    }

    static String newReference() {
        var bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
