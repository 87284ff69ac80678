package app.village.caretask.ui;

import app.village.family.SpaceDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Optional;

/**
 * What another feature adds to a member's Today, so Today tells the whole of her day without this module
 * knowing the others (shifts build on care tasks, not the other way round). Today asks every such bean, in
 * {@code @Order}, each time it is shown, so each method builds new components.
 */
public interface TodaySection {

    /**
     * What she is on today and tomorrow from this feature (a shift she covers), listed under "You're doing"
     * with her tasks; empty when nothing. {@code afterChange} shows Today anew after she changes one.
     */
    List<ListItem> doing(SpaceDetails space, Runnable afterChange);

    /** A line at the top, such as who is on the mother's night tonight; empty when there is nothing to say. */
    default Optional<Component> headline(SpaceDetails space) {
        return Optional.empty();
    }
}
