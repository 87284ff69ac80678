package app.village.caretask.ui;

import app.village.family.SpaceDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What another feature adds to a member's Today, so Today tells the whole of her day without this module
 * knowing the others (shifts build on care tasks, not the other way round). Today asks every such bean once,
 * in {@code @Order}, each time it is shown, so {@link #create} builds new components.
 */
public interface TodaySection {

    /** {@code afterChange} shows Today anew after she changes something in it (gives a shift back). */
    Part create(SpaceDetails space, Runnable afterChange);

    /**
     * {@code headline}: a line at the top, such as who is on the mother's night tonight, or null.
     * {@code doing}: what she is on today and tomorrow (a shift she covers), listed under "You're doing" with
     * her tasks.
     */
    record Part(@Nullable Component headline, List<ListItem> doing) {
    }
}
