package app.village.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature adds to the header, between "Get help now" and the account menu, such as the bell.
 * {@link MainLayout} asks every contribution bean once per layout (once per browser tab), so {@link #create()} must
 * return a new component each time; empty when there is nothing to show (for example, nobody is signed in).
 */
public interface HeaderContribution {

    Optional<Component> create();
}
