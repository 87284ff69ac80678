package app.village.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replaces Vaadin's default error page, which shows a stack trace in development mode. */
@PageTitle("Something went wrong · Village")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class UnexpectedErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = ErrorHandling.newReference();
        log.error("Unexpected error opening a page, reference {}", reference, parameter.getCaughtException());
        removeAll();
        addClassName("narrow-page");
        add(new H1("Something went wrong"),
                new Paragraph("This page could not be shown. Please try again in a moment. (Reference " + reference + ")"),
                new Anchor("", "Go to the start page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
