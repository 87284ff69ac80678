package app.village.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The short confirmation every page shows after an action ("Task added.", "You're on it."). One place, so they
 * all sit where `village.css` puts them (above the phone's bottom bar) and a new one replaces the one still
 * showing instead of stacking on top of it and the bar.
 * <p>Decision: docs/decisions/confirmations-above-the-bottom-bar.md.
 */
public final class Toast {

    private static final int READ_TIME_MILLIS = 5000;
    /** A refusal or a problem has more to read than a thank-you. */
    private static final int PROBLEM_READ_TIME_MILLIS = 6000;

    /** Where the UI keeps the one it shows now. */
    private static final String SHOWING = Toast.class.getName();

    private Toast() {
    }

    /** A confirmation of what just happened. */
    public static Notification show(String message) {
        return open(message, READ_TIME_MILLIS);
    }

    /** Why an action did not happen, in words she can act on. */
    public static Notification problem(String message) {
        return open(message, PROBLEM_READ_TIME_MILLIS);
    }

    /** Something went wrong on our side. */
    public static Notification error(String message) {
        var notification = open(message, PROBLEM_READ_TIME_MILLIS);
        notification.addThemeVariants(NotificationVariant.ERROR);
        return notification;
    }

    private static Notification open(String message, int millis) {
        var ui = UI.getCurrent();
        if (ui != null) {
            var showing = ComponentUtil.getData(ui, SHOWING);
            if (showing instanceof Notification previous && previous.isOpened()) {
                previous.close();
            }
        }
        var notification = new Notification(message, millis, Notification.Position.BOTTOM_CENTER);
        notification.addClassName("village-toast");
        notification.open();
        if (ui != null) {
            ComponentUtil.setData(ui, SHOWING, notification);
        }
        return notification;
    }
}
