package app.village.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin exempts the login form from CSRF tokens, so a login is checked by where the browser says it was
 * posted from: a page elsewhere must not sign a mother into someone else's account. Every browser sends
 * {@code Origin} on a form post; one naming another host (or {@code null}, as from a sandboxed frame or
 * a page with no referrer) is refused, as is {@code Sec-Fetch-Site: cross-site}. A post with no
 * {@code Origin} at all does not come from a browser, so it cannot be a forgery made in one.
 * See docs/decisions/login-origin-check.md.
 */
class CrossSiteLoginRefusal extends OncePerRequestFilter {

    private final String publicAddress;

    /**
     * @param publicAddress where people reach Village ({@code village.invitations.public-url}): behind a proxy
     *     that does not pass on the browser's host, the request names the upstream host, and the browser's
     *     {@code Origin} is this address instead
     */
    CrossSiteLoginRefusal(String publicAddress) {
        this.publicAddress = publicAddress;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var origin = request.getHeader("Origin");
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site")) || (origin != null
                && !isThisSite(origin, request) && !isPublicAddress(origin))) {
            // Not sendError: its error dispatch would end in a redirect to the login page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Please log in from Village's own page.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The configured public address's scheme, host and port, as a browser writes them in {@code Origin}. */
    boolean isPublicAddress(String origin) {
        try {
            var configured = new URI(publicAddress);
            var given = new URI(origin);
            return configured.getHost() != null && configured.getHost().equalsIgnoreCase(given.getHost())
                    && configured.getScheme().equalsIgnoreCase(given.getScheme())
                    && portOf(configured) == portOf(given);
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * The same host the request was sent to. The scheme is not compared: behind a proxy that ends HTTPS the
     * request arrives as plain HTTP while the browser's origin says https. A port is compared when the origin
     * names one.
     */
    static boolean isThisSite(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException notAnOrigin) {
            return false;
        }
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
            return false;
        }
        return uri.getPort() == -1 || uri.getPort() == request.getServerPort();
    }
}
