package app.village.account.ui;

import app.village.base.ui.Toast;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * A confirmation that must outlive a full page load: after she is signed in on a page, the app loads afresh so the
 * header and menu see her, and a toast shown before that would vanish with the old page. Kept in her session and
 * shown once, on the first page of the new load.
 */
@Component
class NoticeAfterReload implements VaadinServiceInitListener {

    static final String ATTRIBUTE = NoticeAfterReload.class.getName();

    /** Shows {@code message} as a toast on the next page load in this session. */
    static void showAfterReload(String message) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, message);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
            var session = init.getUI().getSession();
            if (session != null && session.getAttribute(ATTRIBUTE) instanceof String message) {
                session.setAttribute(ATTRIBUTE, null);
                Toast.show(message);
            }
        }));
    }
}
