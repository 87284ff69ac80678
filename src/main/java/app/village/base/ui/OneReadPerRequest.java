package app.village.base.ui;

import app.village.base.RequestMemo;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Bounds the {@link RequestMemo} to one Vaadin request: it starts empty when a request starts and is dropped
 * when it ends (Vaadin calls the end in a {@code finally}), so nothing read in one request reaches the next.
 */
@Component
class OneReadPerRequest implements VaadinServiceInitListener {

    private final RequestMemo memo;

    OneReadPerRequest(RequestMemo memo) {
        this.memo = memo;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                memo.begin();
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
                memo.end();
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                memo.end();
            }
        });
    }
}
