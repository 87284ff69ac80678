package app.village.guide.ui;

import app.village.guide.HelpLine;
import app.village.guide.HelpLines;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Get help now: who to call or text, and what each line is for. Open to everyone. */
@Route("help")
@PageTitle("Get help now · Village")
@Menu(order = 90, title = "Get help", icon = "vaadin:phone")
@AnonymousAllowed
class GetHelpView extends Main {

    GetHelpView(HelpLines helpLines) {
        addClassName("narrow-page");
        var country = helpLines.forCountry("US");
        add(new H1("Get help now"),
                new Paragraph("You don't have to feel this way alone. These lines are for parents in the "
                        + country.countryName() + ". Tap a button to call or text."));
        country.lines().forEach(line -> add(createLine(line)));
        var note = new Paragraph("Village is not a medical service. If something feels wrong with you or your "
                + "baby, your doctor, midwife or nurse wants to hear from you.");
        note.addClassName("quiet");
        add(note);
    }

    private static Section createLine(HelpLine line) {
        var contacts = new Div();
        contacts.addClassName("contacts");
        for (var contact : line.contacts()) {
            var link = new Anchor();
            link.setText(contact.label());
            // Vaadin does not count sms: among its safe schemes; href() keeps only digits and a plus sign.
            link.setUnsafeHref(contact.href());
            link.addClassNames("button-link", contact.kind() == HelpLine.ContactKind.CALL ? "primary" : "secondary");
            contacts.add(link);
        }
        var section = new Section(new H2(line.name()), new Paragraph(line.forWhat()), new Paragraph(line.details()),
                contacts);
        section.addClassName("help-line");
        return section;
    }
}
