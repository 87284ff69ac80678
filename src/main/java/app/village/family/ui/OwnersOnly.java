package app.village.family.ui;

import app.village.family.SpaceDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** What a member whose role does not reach a page sees instead of it. */
final class OwnersOnly {

    private OwnersOnly() {
    }

    static Component[] refusal(SpaceDetails space, String what) {
        return new Component[] {
                FamilyNavigation.backToSpace(space.id(), space.name()),
                new H1("Only owners can open this page"),
                new Paragraph(what + " are for the space's owners. As " + article(space.myRole().label()) + " "
                        + space.myRole().label().toLowerCase() + ", you can see the circle and today's plans on the "
                        + "space's home page.")
        };
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
