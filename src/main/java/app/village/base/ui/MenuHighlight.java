package app.village.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * Pages besides a menu entry's own view that keep the entry lit in the phone's bottom bar, told by the feature
 * that owns them: a space's home and the pages that manage it keep "Home" lit. The entry's own view lights it
 * on any of its routes ("today" and a space's Today alike), so {@link MainLayout} knows no feature's routes.
 */
public interface MenuHighlight {

    /** The view of the menu entry, the class that carries its {@code @Menu}. */
    Class<? extends Component> menuView();

    /** The other views that light it. */
    Set<Class<? extends Component>> alsoLitOn();
}
