package app.village.guide;

import java.util.Optional;

/**
 * Which country's help lines a visitor should see first, when something knows (for a signed-in mother, the
 * country of the family space she used last). The guide asks through this interface because it must not
 * depend on the features that know the answer; the page works without any implementation.
 */
public interface HelpCountry {

    /** An ISO 3166 alpha-2 code, or empty when nobody is signed in or nothing is known. */
    Optional<String> forCurrentVisitor();
}
