package app.village.calendar.ui;

import app.village.calendar.CalendarFeedService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Her calendar address: shifts and tasks she has taken on, in Google Calendar, Apple Calendar or Outlook.
 * Village keeps only a hash of the address's secret, so the address is shown once, right after it is made;
 * getting a new one is how she sees it again. The address travels to the browser only as a value or an
 * {@code executeJs} parameter.
 */
@Route(CalendarFeedView.ROUTE)
@PageTitle("Your calendar · Village")
@PermitAll
class CalendarFeedView extends Main {

    static final String ROUTE = "calendar-feed";
    static final String COPIED = "Address copied. Paste it into your calendar app.";
    static final String COPY_BY_HAND = "Your browser didn't let us copy it. "
            + "Press and hold the address (or select it) to copy it by hand.";

    private final CalendarFeedService feeds;

    final Button getAddress = new Button("Get my calendar address");
    final Button getNewAddress = new Button("Get a new address (the old one stops working)");
    final Button turnOff = new Button("Turn off my calendar address");
    final TextField address = new TextField("Your calendar address");
    final Button copy = new Button("Copy address", VaadinIcon.COPY_O.create());
    final Paragraph copyStatus = new Paragraph();
    final Paragraph state = new Paragraph();
    final Anchor openInApp = new Anchor();
    final Anchor addToGoogle = new Anchor();
    private final Div addressPanel = new Div();

    CalendarFeedView(CalendarFeedService feeds) {
        this.feeds = feeds;
        addClassNames("narrow-page", "calendar-feed-page");

        var intro = new Paragraph("Put your shifts and the tasks you've taken on into Google Calendar, "
                + "Apple Calendar or Outlook. Your calendar app checks for changes by itself, so a moved or "
                + "cancelled shift changes there too (most apps check every few hours).");
        var privacy = new Paragraph("Your calendar address is private, like a password: anyone who has it can "
                + "see your shifts and tasks. It shows only your own, in the families you belong to.");
        privacy.addClassName("quiet");

        getAddress.addThemeVariants(ButtonVariant.PRIMARY);
        getAddress.addClickListener(click -> makeAddress());
        getNewAddress.addClickListener(click -> makeAddress());
        turnOff.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        turnOff.addClickListener(click -> turnOffAddress());
        buildAddressPanel();

        var actions = new Div(getAddress, getNewAddress, turnOff);
        actions.addClassName("actions");
        state.getElement().setAttribute("role", "status");
        add(new H1("Your calendar"), intro, privacy, new Section(state, addressPanel, actions));
        showState();
    }

    private void buildAddressPanel() {
        address.setReadOnly(true);
        address.setWidthFull();
        // Selecting the whole address with one tap makes copying by hand easy when the clipboard is not allowed.
        address.setAutoselect(true);
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        copy.addClickListener(click -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", address.getValue())
                .then(ignored -> copied(true), failure -> copied(false)));
        copyStatus.addClassName("quiet");
        copyStatus.getElement().setAttribute("role", "status");

        openInApp.setText("Open in my calendar app");
        addToGoogle.setText("Add to Google Calendar");
        addToGoogle.setTarget(AnchorTarget.BLANK);
        addToGoogle.getElement().setAttribute("rel", "noopener noreferrer");

        var steps = new UnorderedList(
                new ListItem("Google Calendar: beside \"Other calendars\", choose + and then \"From URL\", "
                        + "and paste the address."),
                new ListItem("Apple Calendar: choose File, then \"New Calendar Subscription\", and paste it. "
                        + "On an iPhone: Settings, Calendar, Accounts, Add Account, Other, "
                        + "\"Add Subscribed Calendar\"."),
                new ListItem("Outlook: choose \"Add calendar\", then \"Subscribe from web\", and paste it."));
        var copyRow = new Div(copy);
        copyRow.addClassName("actions");
        var appLinks = new Div(openInApp, addToGoogle);
        appLinks.addClassName("actions");
        addressPanel.addClassName("invitation-link");
        addressPanel.add(address, copyRow, copyStatus, appLinks, new H2("Adding it by hand"), steps);
    }

    void makeAddress() {
        var url = feeds.newFeedAddress();
        address.setValue(url);
        var webcal = url.replaceFirst("^https?://", "webcal://");
        // Vaadin allows only well-known schemes by default. This address is ours: the configured public
        // address and a token we generated, never anything a person typed.
        openInApp.setUnsafeHref(webcal);
        addToGoogle.setHref("https://calendar.google.com/calendar/r?cid="
                + URLEncoder.encode(webcal, StandardCharsets.UTF_8));
        copyStatus.setText("");
        addressPanel.setVisible(true);
        state.setText("Here is your calendar address. Village shows it only now: add it to each calendar app "
                + "you want it in before you leave this page.");
        getAddress.setVisible(false);
        getNewAddress.setVisible(true);
        turnOff.setVisible(true);
    }

    void turnOffAddress() {
        feeds.stopFeed();
        showState();
        state.setText("Your calendar address is turned off. Calendar apps that used it get nothing more; "
                + "you can remove the calendar from them.");
    }

    private void showState() {
        var has = feeds.hasFeed();
        address.clear();
        addressPanel.setVisible(false);
        state.setText(has
                ? "You have a calendar address. Village shows it only once, when it is made. If you need it "
                        + "again, get a new one; the old one then stops working in every app that uses it."
                : "You don't have a calendar address yet.");
        getAddress.setVisible(!has);
        getNewAddress.setVisible(has);
        turnOff.setVisible(has);
    }

    void copied(boolean success) {
        if (success) {
            copyStatus.setText(COPIED);
        } else {
            copyStatus.setText(COPY_BY_HAND);
            address.focus();
        }
    }
}
