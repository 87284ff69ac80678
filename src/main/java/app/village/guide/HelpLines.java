package app.village.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Help lines read from {@code seeds/resources/}, most urgent first. Public information:
 * anyone may read it, signed in or not.
 */
@Service
public class HelpLines {

    private final HelpLineCountry unitedStates;

    HelpLines() {
        this.unitedStates = load("US");
    }

    public HelpLineCountry forCountry(String countryCode) {
        // Only the United States has data so far; the guide issue adds more countries.
        return unitedStates;
    }

    static HelpLineCountry load(String countryCode) {
        var path = "/seeds/resources/help-lines-" + countryCode + ".json";
        try (var in = Objects.requireNonNull(HelpLines.class.getResourceAsStream(path), path + " is missing")) {
            return JsonMapper.builder().build().readValue(in, HelpLineCountry.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The help lines of one country. */
    public record HelpLineCountry(String country, String countryName, List<HelpLine> lines) {
    }
}
