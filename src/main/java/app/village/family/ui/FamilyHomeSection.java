package app.village.family.ui;

import app.village.family.SpaceDetails;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to a space's home page, such as today's tasks or the fair-share picture.
 * The home page asks every such bean, in {@code @Order}, each time it is shown, so {@link #create} must
 * build a new component; empty when there is nothing to show.
 */
public interface FamilyHomeSection {

    Optional<Component> create(SpaceDetails space);
}
