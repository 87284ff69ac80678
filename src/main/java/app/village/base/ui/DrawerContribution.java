package app.village.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature adds to the top of the navigation drawer, such as the family-space switcher.
 * {@link MainLayout} asks every contribution bean once per layout, so {@link #create()} must return a new
 * component each time; empty when there is nothing to show (for example, nobody is signed in).
 */
public interface DrawerContribution {

    Optional<Component> create();
}
