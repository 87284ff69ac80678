package app.village.testsupport;

import app.village.security.VillageUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * What a browser test may ask of the server's Vaadin sessions (its browsers run against this same JVM): when a
 * person's session last had a request from her browser, the time stamp Vaadin's idle check goes by.
 */
@Component
public class VaadinSessionsForTests implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
    }

    /** The last request time stamp of the one open session of this person; fails when she has none or several. */
    public long lastRequestOf(UUID accountId) {
        synchronized (sessions) {
            var hers = sessions.stream().filter(session -> isOf(session, accountId)).toList();
            if (hers.size() != 1) {
                throw new IllegalStateException(hers.size() + " sessions of account " + accountId);
            }
            var session = hers.getFirst();
            session.lock();
            try {
                return session.getLastRequestTimestamp();
            } finally {
                session.unlock();
            }
        }
    }

    private static boolean isOf(VaadinSession session, UUID accountId) {
        var wrapped = session.getSession();
        if (wrapped == null) {
            return false;
        }
        try {
            return wrapped.getAttribute("SPRING_SECURITY_CONTEXT") instanceof SecurityContext context
                    && context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof VillageUser user
                    && user.accountId().equals(accountId);
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
