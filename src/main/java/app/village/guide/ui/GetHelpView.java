package app.village.guide.ui;

import app.village.base.Countries;
import app.village.guide.GuidePaths;
import app.village.guide.HelpCountry;
import app.village.guide.HelpLine;
import app.village.guide.HelpLineCountry;
import app.village.guide.HelpLines;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Get help now: who to call or text, and what each line is for. Open to everyone. The country is the one in
 * the address ({@code ?country=GB}), else the one of the family space she used last, else the United States;
 * a country Village has no lines for yet gets a note and the resources that help anywhere.
 */
@Route(GetHelpView.ROUTE)
@PageTitle("Get help now · Village")
@Menu(order = 90, title = "Get help", icon = "vaadin:phone")
@AnonymousAllowed
class GetHelpView extends Main implements BeforeEnterObserver {

    static final String ROUTE = "help";
    static final String COUNTRY_PARAMETER = "country";

    private final HelpLines helpLines;
    private final ObjectProvider<HelpCountry> helpCountry;

    ComboBox<String> country = new ComboBox<>();

    GetHelpView(HelpLines helpLines, ObjectProvider<HelpCountry> helpCountry) {
        this.helpLines = helpLines;
        this.helpCountry = helpCountry;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Choosing another country comes back here with a new address; this view is reused, so build afresh.
        removeAll();
        var code = chosenIn(event.getLocation().getQueryParameters())
                .or(this::countryOfHerSpace)
                .orElse(Countries.DEFAULT);
        add(new H1("Get help now"));
        helpLines.forCountry(code).ifPresentOrElse(this::showLinesOf, () -> showInternational(code));
        var note = new Paragraph("Village is not a medical service. If something feels wrong with you or your "
                + "baby, your doctor, midwife or nurse wants to hear from you.");
        note.addClassName("quiet");
        // When to reach out, and how partners and relatives can help her take that step: the guide's page.
        var more = new Anchor(GuidePaths.article("getting-help"),
                "When and where to get help, in the guide");
        more.getElement().setAttribute("router-link", true);
        add(note, new Paragraph(more));
    }

    private void showLinesOf(HelpLineCountry lines) {
        add(new Paragraph("You don't have to feel this way alone. These lines are for parents in "
                + withArticle(lines.countryName()) + ". Tap a button to call or text."));
        add(countryChoice(lines.country()));
        lines.lines().forEach(line -> add(createLine(line)));
    }

    private void showInternational(String code) {
        var note = new Paragraph("We don't have help lines for " + withArticle(Countries.name(code)) + " yet. "
                + "You don't have to feel this way alone: these can help wherever you live.");
        note.addClassName("notice");
        add(note, countryChoice(code));
        helpLines.international().lines().forEach(line -> add(createLine(line)));
    }

    private Div countryChoice(String code) {
        country = new ComboBox<>("Country");
        country.setItems(Countries.byName());
        country.setItemLabelGenerator(Countries::name);
        country.setHelperText("Somewhere else? Choose the country to see its help lines.");
        country.setValue(code);
        country.addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().equals(change.getOldValue())) {
                UI.getCurrent().navigate(ROUTE, QueryParameters.of(COUNTRY_PARAMETER, change.getValue()));
            }
        });
        var choice = new Div(country);
        choice.addClassName("country-choice");
        return choice;
    }

    /** A two-letter code from the address; anything else there is ignored rather than refused. */
    private static Optional<String> chosenIn(QueryParameters parameters) {
        return parameters.getSingleParameter(COUNTRY_PARAMETER).flatMap(Countries::known);
    }

    private Optional<String> countryOfHerSpace() {
        return helpCountry.orderedStream().findFirst().flatMap(HelpCountry::forCurrentVisitor).flatMap(Countries::known);
    }

    /** "the United Kingdom", "the Netherlands", but "France": English puts "the" before a few country names. */
    static String withArticle(String countryName) {
        var takesThe = countryName.startsWith("United ") || countryName.endsWith(" Islands")
                || countryName.endsWith("Republic") || Set.of("Netherlands", "Philippines", "Bahamas", "Gambia",
                        "Maldives", "Comoros", "Seychelles", "Vatican City").contains(countryName);
        return takesThe ? "the " + countryName : countryName;
    }

    private static Section createLine(HelpLine line) {
        var ways = new Div();
        ways.addClassName("contacts");
        for (var contact : line.contacts()) {
            var link = new Anchor();
            link.setText(contact.label());
            // Vaadin does not count sms: among its safe schemes; href() keeps only digits and a plus sign.
            link.setUnsafeHref(contact.href());
            link.addClassNames("button-link", contact.kind() == HelpLine.ContactKind.CALL ? "primary" : "secondary");
            ways.add(link);
        }
        var website = line.website();
        if (website != null) {
            var link = new Anchor(website, "Visit " + website.replaceFirst("^https://", ""));
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.addClassNames("button-link", "primary");
            ways.add(link);
        }
        var section = new Section(new H2(line.name()), new Paragraph(line.forWhat()), new Paragraph(line.details()));
        if (ways.getComponentCount() > 0) {
            section.add(ways);
        }
        section.addClassName("help-line");
        return section;
    }
}
