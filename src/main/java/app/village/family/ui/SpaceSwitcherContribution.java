package app.village.family.ui;

import app.village.base.ui.DrawerContribution;
import app.village.family.FamilyService;
import app.village.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/**
 * Puts the space switcher at the top of the layout's drawer for someone signed in. A stateless bean: each
 * layout gets its own new switcher from {@link #create()}.
 */
@SpringComponent
class SpaceSwitcherContribution implements DrawerContribution {

    private final FamilyService familyService;
    private final CurrentUser currentUser;

    SpaceSwitcherContribution(FamilyService familyService, CurrentUser currentUser) {
        this.familyService = familyService;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.get().map(signedIn -> new SpaceSwitcher(familyService, 1));
    }
}
