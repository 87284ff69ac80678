package app.village.guide;

import java.util.List;

/** The help lines of one country, most urgent first, as read from {@code seeds/resources/help-lines-<code>.json}. */
public record HelpLineCountry(String country, String countryName, List<HelpLine> lines) {

    public HelpLineCountry {
        lines = List.copyOf(lines);
    }
}
