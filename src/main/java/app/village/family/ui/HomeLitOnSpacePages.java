package app.village.family.ui;

import app.village.base.ui.MenuHighlight;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;

/** "Home" stays lit on a space's home and the pages that manage the space: members, invitations, settings, activity. */
@SpringComponent
class HomeLitOnSpacePages implements MenuHighlight {

    @Override
    public Class<? extends Component> menuView() {
        return StartView.class;
    }

    @Override
    public Set<Class<? extends Component>> alsoLitOn() {
        return Set.of(FamilyHomeView.class, MembersView.class, InviteView.class, SpaceSettingsView.class,
                ActivityView.class);
    }
}
