package app.village.account;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The HTTP request being answered, for the login form's post (Spring's request context) and for a Vaadin
 * page's event (Vaadin's). Empty when there is none, as for the demo data loaded at start-up.
 */
final class ClientRequests {

    private ClientRequests() {
    }

    static Optional<HttpServletRequest> request() {
        var vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return Optional.of(vaadin.getHttpServletRequest());
        }
        return attributes().map(ServletRequestAttributes::getRequest);
    }

    static Optional<HttpServletResponse> response() {
        var vaadin = VaadinServletResponse.getCurrent();
        if (vaadin != null) {
            return Optional.of(vaadin.getHttpServletResponse());
        }
        return attributes().map(ServletRequestAttributes::getResponse);
    }

    /**
     * The client's network address: the connection's remote address (forwarded headers count only where the
     * server is told to trust them, see {@code server.forward-headers-strategy}).
     */
    static Optional<String> clientAddress() {
        return request().map(HttpServletRequest::getRemoteAddr);
    }

    private static Optional<ServletRequestAttributes> attributes() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? Optional.of(servlet) : Optional.empty();
    }
}
