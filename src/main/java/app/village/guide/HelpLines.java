package app.village.guide;

import app.village.base.Countries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Help lines read from {@code seeds/resources/}: one file per country that has them
 * ({@code help-lines-US.json}), and {@code help-lines-international.json} for everywhere else. Public
 * information: anyone may read it, signed in or not.
 * <p>Decision: docs/decisions/help-lines-by-country.md.
 */
@Service
public class HelpLines {

    private static final String FOLDER = "/seeds/resources/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, HelpLineCountry> byCountry;
    private final HelpLineCountry international;

    HelpLines() {
        this.byCountry = loadCountries();
        this.international = load("help-lines-international.json");
    }

    /** The lines of a country (ISO 3166 alpha-2, any case), or empty when Village has none for it yet. */
    public Optional<HelpLineCountry> forCountry(String countryCode) {
        return Countries.known(countryCode).map(byCountry::get);
    }

    /** Resources that help wherever she lives, for a country without lines of its own. */
    public HelpLineCountry international() {
        return international;
    }

    /** Codes come from the JDK's list, never from a request, so nothing else can be read from the folder. */
    private static Map<String, HelpLineCountry> loadCountries() {
        var countries = new TreeMap<String, HelpLineCountry>();
        for (var code : Countries.byName()) {
            var name = "help-lines-" + code + ".json";
            try (var in = open(name)) {
                if (in != null) {
                    var country = read(in, name);
                    if (!code.equals(country.country())) {
                        throw new IllegalStateException(name + " says it is for " + country.country());
                    }
                    countries.put(code, country);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(countries);
    }

    private static HelpLineCountry load(String name) {
        try (var in = Objects.requireNonNull(open(name), FOLDER + name + " is missing")) {
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable InputStream open(String name) {
        return HelpLines.class.getResourceAsStream(FOLDER + name);
    }

    private static HelpLineCountry read(InputStream in, String name) {
        return Objects.requireNonNull(JSON.readValue(in, HelpLineCountry.class), name + " is empty");
    }
}
