package app.village.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Right after a login the browser may still send requests with the session id from before it; only a page she
 * navigates to may start a new session, or its cookie would sign her out.
 */
class NoNewSessionForStaleBackgroundRequestsTest {

    @Test
    void aBackgroundRequestWithASessionIdTheServerNoLongerKnowsGetsNoNewSession() throws Exception {
        var request = request("no-cors", "old-session-id", false);

        assertNull(sessionOpenedBehindTheFilter(request));
    }

    @Test
    void aPageSheOpensWithAnExpiredSessionIdStartsANewSession() throws Exception {
        var request = request("navigate", "old-session-id", false);

        assertNotNull(sessionOpenedBehindTheFilter(request));
    }

    @Test
    void aBackgroundRequestWithoutASessionIdOrWithAValidOneIsLeftAlone() throws Exception {
        assertNotNull(sessionOpenedBehindTheFilter(request("cors", null, false)));
        assertNotNull(sessionOpenedBehindTheFilter(request("cors", "current-session-id", true)));
    }

    @Test
    void aRequestThatDoesNotSayWhatItIsForIsLeftAlone() throws Exception {
        assertNotNull(sessionOpenedBehindTheFilter(request(null, "old-session-id", false)));
    }

    private static MockHttpServletRequest request(@Nullable String fetchMode, @Nullable String sessionId,
            boolean sessionIdValid) {
        var request = new MockHttpServletRequest("GET", "/manifest.webmanifest");
        if (fetchMode != null) {
            request.addHeader("Sec-Fetch-Mode", fetchMode);
        }
        request.setRequestedSessionId(sessionId);
        request.setRequestedSessionIdValid(sessionIdValid);
        return request;
    }

    /** What {@code getSession(true)} gives whatever runs after the filter (Vaadin, Spring Security). */
    private static @Nullable Object sessionOpenedBehindTheFilter(MockHttpServletRequest request) throws Exception {
        var session = new AtomicReference<@Nullable Object>();
        new NoNewSessionForStaleBackgroundRequests().doFilter(request, new MockHttpServletResponse(),
                (passed, response) -> session.set(((HttpServletRequest) passed).getSession(true)));
        return session.get();
    }
}
