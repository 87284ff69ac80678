package app.village.base.ui;

import app.village.base.NoLongerAvailableException;
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

/**
 * A page refused because its family space is not (or no longer) shared with her, when the view itself did
 * not already send her home. Expected, so not logged as an error; worded like the not-found page.
 */
@PageTitle("Not found · Village")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NoLongerSharedView extends Main implements HasErrorParameter<NoLongerAvailableException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoLongerAvailableException> parameter) {
        removeAll();
        addClassName("narrow-page");
        add(new H1("We couldn't find that page"),
                new Paragraph(LostAccess.MESSAGE),
                new Anchor("", "Go to the start page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
