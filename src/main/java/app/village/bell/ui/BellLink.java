package app.village.bell.ui;

import app.village.base.ui.LivePages;
import app.village.bell.BellService;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;

/**
 * The bell in the header: a link to the Notifications page with the unread count on a badge and in its label. It
 * reads the count once when the layout is built (once per browser tab, not per page) and again when something new
 * concerns her; nothing pops up or sounds.
 */
@StyleSheet("styles/bell.css")
class BellLink extends Anchor {

    private final BellService bell;
    final Span badge = new Span();

    BellLink(BellService bell, LivePages pages, UUID me) {
        super(NotificationsView.ROUTE, "");
        this.bell = bell;
        addClassName("bell-link");
        getElement().setAttribute("router-link", true);
        var icon = VaadinIcon.BELL_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        badge.addClassName("bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        add(icon, badge);
        showCount();
        pages.followMine(this, me, this::showCount);
    }

    void showCount() {
        var unread = bell.unreadCount();
        badge.setText(unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        getElement().setAttribute("aria-label", unread > 0 ? "Notifications, " + unread + " unread" : "Notifications");
    }
}
