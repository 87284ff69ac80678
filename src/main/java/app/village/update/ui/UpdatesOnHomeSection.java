package app.village.update.ui;

import app.village.base.ui.Links;
import app.village.base.ui.Toast;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyHomeSection;
import app.village.update.UpdateService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * On a space's home: the pinned update on top ("No visits until Sunday, thank you!"), the newest few, and a form to
 * write one, so news reaches the whole family in one place. The updates, the pin and the hearts come in one statement.
 */
@SpringComponent
@Order(1)
class UpdatesOnHomeSection implements FamilyHomeSection {

    private final UpdateService updates;
    private final Clock clock;

    UpdatesOnHomeSection(UpdateService updates, Clock clock) {
        this.updates = updates;
        this.clock = clock;
    }

    /**
     * The writer is built once: an action on a card refreshes only the cards, so what she was typing stays. Posting
     * empties the writer and shows her update among the newest.
     */
    @Override
    public Optional<Component> create(SpaceDetails space) {
        var section = new Section();
        section.addClassName("updates-on-home");
        section.add(new H2("Family updates"));
        var shown = new Div();
        shown.addClassName("updates-shown");
        section.add(shown);
        var maySay = space.can(FamilyPermission.POST_UPDATES);
        showCards(shown, space, maySay);
        if (maySay) {
            section.add(new UpdateWriter("Write an update", "Post", "", form -> {
                updates.post(space.id(), form);
                Toast.show("Your update is posted.");
                showCards(shown, space, true);
            }));
        }
        var all = Links.routerLink(UpdateNavigation.updatesPath(space.id()), "All updates");
        all.addClassName("button-link");
        var links = new Div(all);
        links.addClassName("actions");
        section.add(links);
        return Optional.of(section);
    }

    /** The pinned update and the newest few, read again; or a word that there are none yet. */
    private void showCards(Div shown, SpaceDetails space, boolean maySay) {
        shown.removeAll();
        var onHome = updates.onHome(space.id());
        var cards = new UpdateCards(updates, space, clock, () -> showCards(shown, space, maySay));
        if (onHome.pinned() != null) {
            shown.add(cards.card(onHome.pinned()));
        }
        onHome.newest().forEach(update -> shown.add(cards.card(update)));
        if (onHome.isEmpty()) {
            shown.add(Links.quiet(maySay ? "No updates yet. A few words after a doctor's visit or a good night "
                    + "tell everyone how things are, without a round of calls." : "No updates yet."));
        }
    }
}
