package app.village.family.ui;

import app.village.family.FamilyService;
import app.village.family.SpaceId;
import app.village.family.SpaceSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.List;
import java.util.Optional;

/**
 * Switches between the family spaces she belongs to (a grandmother helping two daughters). Re-reads her
 * spaces after every navigation, so a space she just created, left or lost shows up or goes at once.
 */
class SpaceSwitcher extends Composite<Select<SpaceSummary>> implements AfterNavigationObserver {

    private final FamilyService familyService;
    private final int minimumSpaces;

    /** @param minimumSpaces how many spaces she needs before the switcher shows at all */
    SpaceSwitcher(FamilyService familyService, int minimumSpaces) {
        this.familyService = familyService;
        this.minimumSpaces = minimumSpaces;
        var select = getContent();
        select.setLabel("Family space");
        select.setItemLabelGenerator(SpaceSummary::name);
        select.addClassName("space-select");
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                FamilyNavigation.navigateToHome(change.getValue().id());
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh(currentSpaceIn(event.getLocation().getPath()));
    }

    List<SpaceSummary> spaces() {
        return getContent().getListDataView().getItems().toList();
    }

    private void refresh(Optional<SpaceId> current) {
        var spaces = familyService.mySpaces();
        var select = getContent();
        // Setting the same spaces again would rebuild the options and send them on every navigation.
        if (!spaces.equals(spaces())) {
            select.setItems(spaces);
        }
        setVisible(spaces.size() >= minimumSpaces && !spaces.isEmpty());
        // On a page outside any space, show the one "Home" opens: the last used.
        spaces.stream()
                .filter(space -> current.map(space.id()::equals).orElse(true))
                .findFirst()
                .ifPresent(select::setValue);
    }

    /** The space a path like "family/{id}/settings" is in. */
    private static Optional<SpaceId> currentSpaceIn(String path) {
        var parts = path.split("/");
        return parts.length >= 2 && "family".equals(parts[0]) ? FamilyNavigation.parseUuid(parts[1]).map(SpaceId::of)
                : Optional.empty();
    }
}
