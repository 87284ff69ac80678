package app.village.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin exempts the login form from CSRF tokens. Browsers say where a request comes from
 * ({@code Sec-Fetch-Site}); a login posted from another site is refused, so no page elsewhere can sign
 * a mother into someone else's account.
 */
class CrossSiteLoginRefusal extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            // Not sendError: its error dispatch would end in a redirect to the login page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Please log in from Village's own page.");
            return;
        }
        chain.doFilter(request, response);
    }
}
