package app.village.guide.ui;

import app.village.guide.Callout;
import app.village.guide.GuideCallouts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * A short tip from the guide on another feature's screen: a sentence or two, a link to the section of the
 * guide it comes from, and "Hide this tip", which hides it for this person for good, on every device.
 */
public class GuideCallout extends Aside {

    public static final String LABEL = "Tip from the guide";
    public static final String HIDE = "Hide this tip";

    private final Callout callout;

    private GuideCallout(Callout callout, GuideCallouts callouts) {
        this.callout = callout;
        addClassName("guide-callout");
        getElement().setAttribute("role", "note");
        getElement().setAttribute("aria-label", LABEL);
        var link = new Anchor(callout.path(), callout.linkText());
        link.getElement().setAttribute("router-link", true);
        link.addClassName("text-link");
        var hide = new Button(HIDE, click -> {
            callouts.hide(callout);
            removeFromParent();
        });
        hide.addThemeVariants(ButtonVariant.TERTIARY);
        hide.addClassName("guide-callout-hide");
        var actions = new Div(link, hide);
        actions.addClassName("guide-callout-actions");
        add(new Paragraph(callout.text()), actions);
    }

    /** The callout for the signed-in person, or nothing when she has hidden it. */
    public static Optional<GuideCallout> unlessHidden(Callout callout, GuideCallouts callouts) {
        return callouts.isHidden(callout) ? Optional.empty() : Optional.of(new GuideCallout(callout, callouts));
    }

    public Callout callout() {
        return callout;
    }
}
