package app.village.base;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Countries by their ISO 3166 alpha-2 code, named in English: what a family space's settings offer and what
 * Get help now looks its help lines up by.
 */
public final class Countries {

    /** Where Village started: a new space's country, and what visitors see until they choose. */
    public static final String DEFAULT = "US";

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final List<String> BY_NAME = CODES.stream()
            .sorted(Comparator.comparing(Countries::name, Collator.getInstance(Locale.ENGLISH)))
            .toList();

    private Countries() {
    }

    /** The code in upper case when it is a country's, in any case and with spaces around; else empty. */
    public static Optional<String> known(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        var upper = code.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    public static boolean isKnown(@Nullable String code) {
        return known(code).isPresent();
    }

    /** "United Kingdom" for GB. */
    public static String name(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /** Every country's code, in the order of their names: for a list to choose from. */
    public static List<String> byName() {
        return BY_NAME;
    }
}
