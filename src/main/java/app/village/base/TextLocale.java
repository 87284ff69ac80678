package app.village.base;

import java.util.Locale;

/**
 * The language and conventions every text Village writes follows: English as in the US ("8:50 PM", "Tue, Dec
 * 8"). One constant, so it can become the signed-in person's own later without hunting for every formatter.
 */
public final class TextLocale {

    public static final Locale DEFAULT = Locale.US;

    private TextLocale() {
    }
}
