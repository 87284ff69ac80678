package app.village.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Links and quiet lines every page shares, whatever its feature. */
public final class Links {

    private Links() {
    }

    /**
     * A link the Vaadin router follows without reloading the page, to an address a feature's {@code *Navigation}
     * built (where a typed {@code RouterLink} cannot name a package-private view class of another feature).
     */
    public static Anchor routerLink(String path, String text) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** "‹ The Rivera family": back to where this page belongs, first thing on the page. */
    public static Anchor back(String path, String text) {
        var arrow = VaadinIcon.ANGLE_LEFT.create();
        arrow.getElement().setAttribute("aria-hidden", "true");
        var link = new Anchor(path, arrow, new Span(text));
        link.getElement().setAttribute("router-link", true);
        link.addClassName("back-link");
        return link;
    }

    /** A line of explanation that stays in the background. */
    public static Paragraph quiet(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("quiet");
        return paragraph;
    }
}
