package app.village.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.KaribuUiTest;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;

class IdleSessionEndTest extends KaribuUiTest {

    @Test
    void whenVaadinEndsAnIdleSessionTheSignInEndsWithIt() {
        startAs(newAccount("Ida"));
        var vaadinSession = VaadinSession.getCurrent();
        var httpSession = (FakeHttpSession) ((WrappedHttpSession) vaadinSession.getSession()).getHttpSession();
        assertThat(httpSession.isValid()).isTrue();

        // What Vaadin does when closeIdleSessions finds the session idle past the timeout.
        // Destroy listeners run as a session access task, which runs at once only while no one holds the lock.
        vaadinSession.unlock();
        try {
            VaadinService.getCurrent().fireSessionDestroy(vaadinSession);
        } finally {
            vaadinSession.lock();
        }

        assertThat(httpSession.isValid()).isFalse();
    }
}
