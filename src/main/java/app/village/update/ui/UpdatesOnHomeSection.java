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
 * write one, so news reaches the whole family in one place. One read of the updates and one of their hearts.
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

    @Override
    public Optional<Component> create(SpaceDetails space) {
        var section = new Section();
        section.addClassName("updates-on-home");
        fill(section, space);
        return Optional.of(section);
    }

    private void fill(Section section, SpaceDetails space) {
        section.removeAll();
        section.add(new H2("Family updates"));
        var onHome = updates.onHome(space.id());
        var cards = new UpdateCards(updates, space, clock, () -> fill(section, space));
        if (onHome.pinned() != null) {
            section.add(cards.card(onHome.pinned()));
        }
        onHome.newest().forEach(update -> section.add(cards.card(update)));
        var maySay = space.can(FamilyPermission.POST_UPDATES);
        if (onHome.isEmpty()) {
            section.add(Links.quiet(maySay ? "No updates yet. A few words after a doctor's visit or a good night "
                    + "tell everyone how things are, without a round of calls." : "No updates yet."));
        }
        if (maySay) {
            var writer = new UpdateWriter("Write an update", "Post", "", form -> {
                updates.post(space.id(), form);
                Toast.show("Your update is posted.");
                fill(section, space);
            });
            section.add(writer);
        }
        var all = Links.routerLink(UpdateNavigation.updatesPath(space.id()), "All updates");
        all.addClassName("button-link");
        var links = new Div(all);
        links.addClassName("actions");
        section.add(links);
    }
}
