package app.village.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin answers every page address with the same 200 bootstrap page and only later, over its own channel,
 * finds out there is no such route. For an address no route knows, the router runs during the first request
 * instead, so the not-found page travels with it and the browser gets status 404.
 * <p>Decision: docs/decisions/unknown-addresses-404.md.
 */
@Component
class UnknownAddresses implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        var vaadinsOwn = service.getBootstrapInitialPredicate();
        service.setBootstrapInitialPredicate(request -> vaadinsOwn.includeInitialUidl(request)
                || !isRoute(service, request.getPathInfo()));
    }

    private static boolean isRoute(VaadinService service, String pathInfo) {
        var path = pathInfo == null ? "" : pathInfo.replaceFirst("^/+", "");
        return service.getRouter().getRegistry().getNavigationRouteTarget(path).hasTarget();
    }
}
