package app.village.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A background request (not a page the browser navigates to) that brings a session id the server no longer
 * knows gets no new session. Logging in gives the session a new id; the browser may still have requests under
 * way with the old one (the web app manifest, the service worker's precaching). Were such a request to open a
 * new, anonymous session, its {@code Set-Cookie} would replace the signed-in cookie, and she would find
 * herself signed out on the next page. Only a navigation, the page she opens, may start a new session.
 * See docs/decisions/no-new-session-for-stale-background-requests.md.
 */
class NoNewSessionForStaleBackgroundRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(isStaleBackgroundRequest(request) ? new NoSessionCreation(request) : request, response);
    }

    private static boolean isStaleBackgroundRequest(HttpServletRequest request) {
        var mode = request.getHeader("Sec-Fetch-Mode");
        // Browsers that do not say what a request is for are left as they were.
        return mode != null && !mode.equals("navigate")
                && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static final class NoSessionCreation extends HttpServletRequestWrapper {

        NoSessionCreation(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            return super.getSession(false);
        }

        @Override
        public @Nullable HttpSession getSession() {
            return super.getSession(false);
        }
    }
}
