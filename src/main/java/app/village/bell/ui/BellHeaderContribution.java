package app.village.bell.ui;

import app.village.base.ui.HeaderContribution;
import app.village.base.ui.LivePages;
import app.village.bell.BellService;
import app.village.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/** Puts the bell in the header for someone signed in; each layout gets its own {@link BellLink}. */
@SpringComponent
class BellHeaderContribution implements HeaderContribution {

    private final BellService bell;
    private final LivePages pages;
    private final CurrentUser currentUser;

    BellHeaderContribution(BellService bell, LivePages pages, CurrentUser currentUser) {
        this.bell = bell;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.get().map(signedIn -> new BellLink(bell, pages, signedIn.accountId()));
    }
}
