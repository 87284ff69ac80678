package app.village.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's heartbeat keeps the HTTP session alive while a tab is open; with closeIdleSessions Vaadin ends
 * its own session after the idle timeout but leaves the HTTP session, and with it the sign-in. Ending the
 * HTTP session too makes the 30-minute idle timeout real.
 * <p>Decision: docs/decisions/idle-sessions-end-after-30-minutes.md.
 */
@Component
class IdleSessionEnd implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            var wrapped = destroyed.getSession().getSession();
            if (wrapped != null) {
                try {
                    wrapped.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // the servlet container ended it first: nothing left to do
                }
            }
        });
    }
}
