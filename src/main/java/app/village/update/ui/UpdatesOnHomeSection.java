package app.village.update.ui;

import app.village.base.ui.Links;
import app.village.base.ui.Toast;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyHomeSection;
import app.village.photo.PhotoService;
import app.village.update.UpdateService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/**
 * On a space's home: the pinned update on top ("No visits until Sunday, thank you!"), the newest few, and a form to
 * write one, so news reaches the whole family in one place. The updates, the pin, the hearts and the photo ids come
 * in one statement. The cards follow the space's updates: another member's post, edit, delete or pin shows without
 * a reload.
 */
@SpringComponent
@Order(1)
class UpdatesOnHomeSection implements FamilyHomeSection {

    private final UpdateService updates;
    private final PhotoService photos;
    private final LiveUpdates live;
    private final Clock clock;

    UpdatesOnHomeSection(UpdateService updates, PhotoService photos, LiveUpdates live, Clock clock) {
        this.updates = updates;
        this.photos = photos;
        this.live = live;
        this.clock = clock;
    }

    /**
     * The writer is built once: an action on a card, or a change by someone else, refreshes only the cards, so what
     * she was typing and the photos she attached stay. Posting empties the writer and shows her update among the
     * newest.
     */
    @Override
    public Optional<Component> create(SpaceDetails space) {
        var section = new Section();
        section.addClassName("updates-on-home");
        section.add(new H2("Family updates"));
        var cards = new HomeCards(space);
        section.add(cards.shown);
        cards.show();
        if (cards.maySay) {
            section.add(new UpdateWriter("Write an update", "Post", "", new PhotoAttachments(space.id(), photos),
                    (form, attached) -> {
                        updates.post(space.id(), form, attached);
                        Toast.show("Your update is posted.");
                        cards.show();
                    }));
        }
        var all = Links.routerLink(UpdateNavigation.updatesPath(space.id()), "All updates");
        all.addClassName("button-link");
        var links = new Div(all);
        links.addClassName("actions");
        section.add(links);
        live.follow(section, space.id(), null, cards::refreshUnlessEditing);
        return Optional.of(section);
    }

    /** The cards of one home page, read again after an action or another member's change. */
    private final class HomeCards {

        final Div shown = new Div();
        final boolean maySay;
        private final SpaceDetails space;
        private @Nullable UpdateCards current;

        HomeCards(SpaceDetails space) {
            this.space = space;
            this.maySay = space.can(FamilyPermission.POST_UPDATES);
            shown.addClassName("updates-shown");
        }

        /** The pinned update and the newest few, read again; or a word that there are none yet. */
        void show() {
            shown.removeAll();
            var onHome = updates.onHome(space.id());
            var cards = new UpdateCards(updates, space, clock, this::show);
            current = cards;
            if (onHome.pinned() != null) {
                shown.add(cards.card(onHome.pinned()));
            }
            onHome.newest().forEach(update -> shown.add(cards.card(update)));
            if (onHome.isEmpty()) {
                shown.add(Links.quiet(maySay ? "No updates yet. A few words after a doctor's visit or a good night "
                        + "tell everyone how things are, without a round of calls." : "No updates yet."));
            }
        }

        void refreshUnlessEditing() {
            var cards = current;
            if (cards == null) {
                show();
            } else {
                cards.refreshUnlessEditing();
            }
        }
    }
}
