package app.village.family.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;

/**
 * Moved: {@link app.village.base.ui.Links} and {@link FamilyNavigation#backToSpace}. Kept only while the rest
 * page (being split by issue 12's ShiftService work) still imports it; delete once nothing does.
 */
@Deprecated(forRemoval = true)
public final class Links {

    private Links() {
    }

    public static Anchor routerLink(String path, String text) {
        return app.village.base.ui.Links.routerLink(path, text);
    }

    public static Anchor backToSpace(UUID spaceId, String spaceName) {
        return FamilyNavigation.backToSpace(spaceId, spaceName);
    }

    public static Paragraph quiet(String text) {
        return app.village.base.ui.Links.quiet(text);
    }
}
