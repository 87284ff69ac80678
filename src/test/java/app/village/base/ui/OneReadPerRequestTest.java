package app.village.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import app.village.base.RequestMemo;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What one Vaadin request remembers is gone when it ends, whether it ended well or with an error. */
class OneReadPerRequestTest {

    private final RequestMemo memo = new RequestMemo();

    @AfterEach
    void endRequest() {
        memo.end();
    }

    private com.vaadin.flow.server.VaadinRequestInterceptor interceptor() {
        var event = new ServiceInitEvent(mock(VaadinService.class));
        new OneReadPerRequest(memo).serviceInit(event);
        return event.getAddedVaadinRequestInterceptor().findFirst().orElseThrow();
    }

    @Test
    void aRequestStartsWithNothingRememberedAndForgetsAllWhenItEnds() {
        var interceptor = interceptor();
        var request = mock(VaadinRequest.class);
        var response = mock(VaadinResponse.class);
        memo.begin();
        memo.note("her membership", "read by the last request");

        interceptor.requestStart(request, response);
        assertThat(memo.<String>recall("her membership")).isNull();
        memo.note("her membership", "read by this request");
        assertThat(memo.<String>recall("her membership")).isEqualTo("read by this request");
        interceptor.requestEnd(request, response, mock(VaadinSession.class));

        assertThat(memo.<String>recall("her membership")).isNull();
    }

    @Test
    void aRequestThatFailsForgetsToo() {
        var interceptor = interceptor();
        var request = mock(VaadinRequest.class);
        var response = mock(VaadinResponse.class);

        interceptor.requestStart(request, response);
        memo.note("her membership", "read by this request");
        interceptor.handleException(request, response, mock(VaadinSession.class), new IllegalStateException("test"));

        assertThat(memo.<String>recall("her membership")).isNull();
    }
}
