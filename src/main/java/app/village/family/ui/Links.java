package app.village.family.ui;

import app.village.family.SpaceId;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Small pieces the family pages share. */
public final class Links {

    private Links() {
    }

    /**
     * A link the Vaadin router follows without reloading the page. For paths of views in this feature that
     * are built separately (members, invitations), where a typed {@code RouterLink} cannot name the class.
     */
    public static Anchor routerLink(String path, String text) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** "‹ The Rivera family": back to the space's home, first thing on every page inside a space. */
    public static Anchor backToSpace(SpaceId spaceId, String spaceName) {
        var arrow = VaadinIcon.ANGLE_LEFT.create();
        arrow.getElement().setAttribute("aria-hidden", "true");
        var link = new Anchor(FamilyNavigation.homePath(spaceId), arrow, new Span(spaceName));
        link.getElement().setAttribute("router-link", true);
        link.addClassName("back-link");
        return link;
    }

    public static Paragraph quiet(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("quiet");
        return paragraph;
    }
}
