package app.village.bell.ui;

import app.village.base.NoLongerAvailableException;
import app.village.base.ui.LivePages;
import app.village.base.ui.TimeTexts;
import app.village.base.ui.Toast;
import app.village.bell.BellNote;
import app.village.bell.BellService;
import app.village.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;

/**
 * What concerns her across her spaces, newest first, {@value BellService#PAGE_SIZE} at a time. Each entry links to
 * the thing itself (that page checks her access as always); opening it marks it read. Unread entries say "New" in
 * words. When something new comes while the page is open, the list reads again, as many pages as she had open.
 */
@Route(NotificationsView.ROUTE)
@PageTitle("Notifications · Village")
@PermitAll
@StyleSheet("styles/bell.css")
class NotificationsView extends Main {

    static final String ROUTE = "notifications";

    private final BellService bell;
    private final Clock clock;
    final UnorderedList list = new UnorderedList();
    final Button markAll = new Button("Mark all as read");
    final Button older = new Button("Older notifications");
    private final Paragraph empty = new Paragraph("Nothing new. When something concerns you, it will be here.");
    private int pagesOpen = 1;

    NotificationsView(BellService bell, LivePages pages, CurrentUser currentUser, Clock clock) {
        this.bell = bell;
        this.clock = clock;
        addClassNames("page", "bell-page");
        list.addClassName("bell-list");
        list.getElement().setAttribute("aria-label", "Notifications");
        empty.addClassName("quiet");
        markAll.addClickListener(click -> {
            bell.markAllRead();
            showList();
        });
        older.addClickListener(click -> {
            pagesOpen++;
            showList();
        });
        var actions = new Div(markAll);
        actions.addClassName("bell-actions");
        add(new H1("Notifications"), actions, empty, list, older);
        showList();
        pages.followMine(this, currentUser.requireAccountId(), this::showList);
    }

    private void showList() {
        var notes = new ArrayList<BellNote>();
        var hasOlder = false;
        for (int page = 0; page < pagesOpen; page++) {
            var read = bell.mine(page);
            notes.addAll(read.notes());
            hasOlder = read.hasOlder();
            if (!hasOlder) {
                break;
            }
        }
        list.removeAll();
        notes.forEach(note -> list.add(entry(note)));
        empty.setVisible(notes.isEmpty());
        older.setVisible(hasOlder);
        markAll.setEnabled(notes.stream().anyMatch(BellNote::unread));
    }

    private ListItem entry(BellNote note) {
        var item = new ListItem();
        item.addClassName("bell-entry");
        if (note.unread()) {
            item.addClassName("unread");
            var fresh = new Span("New");
            fresh.addClassName("bell-new");
            item.add(fresh);
        }
        item.add(open(note));
        var today = clock.instant().atZone(note.familyZone()).toLocalDate();
        var about = new Paragraph(note.familyName() + " · " + TimeTexts.dayAndTime(note.at(), note.familyZone(), today));
        about.addClassName("bell-about");
        item.add(about);
        if (note.unread()) {
            var markRead = new Button("Mark as read", click -> {
                markRead(note);
                showList();
            });
            markRead.addThemeVariants(ButtonVariant.TERTIARY);
            // Each says which entry it marks: a screen reader's list of buttons is not ten times "Mark as read".
            markRead.setAriaLabel("Mark as read: " + note.text());
            item.add(markRead);
        }
        return item;
    }

    /** The link to the thing itself: a tap marks it read, then goes there. */
    private Anchor open(BellNote note) {
        var link = new Anchor(note.link(), note.text());
        link.addClassName("bell-open");
        link.getElement().addEventListener("click", click -> {
            if (note.unread()) {
                markRead(note);
            }
            UI.getCurrent().navigate(note.link());
        }).addEventData("event.preventDefault()");
        return link;
    }

    private void markRead(BellNote note) {
        try {
            bell.markRead(note.id());
        } catch (NoLongerAvailableException gone) {
            Toast.show("That notification is no longer there.");
        }
    }
}
