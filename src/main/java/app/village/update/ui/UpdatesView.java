package app.village.update.ui;

import app.village.base.ui.Toast;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import app.village.photo.PhotoService;
import app.village.update.UpdateId;
import app.village.update.UpdateProblem;
import app.village.update.UpdateService;
import app.village.update.UpdateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * All of a space's updates, newest first, {@value UpdateService#PAGE_SIZE} at a time with "Older updates" below.
 * After an action, or when another member posts, edits, deletes or pins one, it reads again as many as she had
 * open, so she keeps her place; the writer (her text and the photos she attached) is left alone.
 */
@Route(UpdateNavigation.SPACE_UPDATES)
@PermitAll
class UpdatesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final UpdateService updates;
    private final PhotoService photos;
    private final LiveUpdates live;
    private final Clock clock;
    private String title = "Updates · Village";

    private final Div list = new Div();
    final Button older = new Button("Older updates");
    private final List<UpdateSummary> shown = new ArrayList<>();
    private @Nullable SpaceDetails space;
    private @Nullable UpdateCards cards;
    private @Nullable Registration following;

    UpdatesView(FamilyService families, UpdateService updates, PhotoService photos, LiveUpdates live, Clock clock) {
        this.families = families;
        this.updates = updates;
        this.photos = photos;
        this.live = live;
        this.clock = clock;
        addClassName("page");
        list.addClassName("update-list");
        older.addClickListener(click -> showOlder());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FamilyNavigation.spaceFor(event, families::space).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(SpaceDetails space) {
        this.space = space;
        title = "Updates · " + space.name() + " · Village";
        removeAll();
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("Updates"));
        if (space.can(FamilyPermission.POST_UPDATES)) {
            add(new UpdateWriter("Write an update", "Post", "", new PhotoAttachments(space.id(), photos),
                    (form, attached) -> {
                        updates.post(space.id(), form, attached);
                        Toast.show("Your update is posted.");
                        show(space);
                    }));
        }
        add(list, older);
        shown.clear();
        readUntil(1);
        following = live.follow(this, space.id(), following, this::refreshUnlessEditing);
    }

    /** Another member's change: the cards she has open, read again (after her edit, if she is editing one). */
    private void refreshUnlessEditing() {
        var current = cards;
        if (current == null) {
            readUntil(Math.max(1, shown.size()));
        } else {
            current.refreshUnlessEditing();
        }
    }

    /** The next page after the last one shown; if that one was deleted meanwhile, all again up to one more. */
    private void showOlder() {
        var space = this.space;
        if (space == null || shown.isEmpty()) {
            return;
        }
        try {
            var page = updates.updates(space.id(), shown.getLast().id());
            var all = new ArrayList<>(shown);
            all.addAll(page.updates());
            showCards(space, all, page.hasOlder());
        } catch (UpdateProblem gone) {
            readUntil(shown.size() + 1);
        }
    }

    /** Reads from the newest until at least {@code atLeast} are shown, or there are no more. */
    private void readUntil(int atLeast) {
        var space = this.space;
        if (space == null) {
            return;
        }
        var all = new ArrayList<UpdateSummary>();
        UpdateId after = null;
        boolean hasOlder;
        do {
            var page = updates.updates(space.id(), after);
            all.addAll(page.updates());
            hasOlder = page.hasOlder();
            after = all.isEmpty() ? null : all.getLast().id();
        } while (hasOlder && all.size() < atLeast);
        showCards(space, all, hasOlder);
    }

    private void showCards(SpaceDetails space, List<UpdateSummary> all, boolean hasOlder) {
        shown.clear();
        shown.addAll(all);
        list.removeAll();
        var cards = new UpdateCards(updates, space, clock, () -> readUntil(Math.max(1, shown.size())));
        this.cards = cards;
        shown.forEach(update -> list.add(cards.card(update)));
        if (shown.isEmpty()) {
            list.add(new Paragraph("No updates yet."));
        }
        older.setVisible(hasOlder);
    }
}
