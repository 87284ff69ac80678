package app.village.notification;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** A letter's values in one text column, in the properties format, which keeps newlines and any character. */
final class LetterValues {

    private LetterValues() {
    }

    static String encode(Map<String, String> values) {
        var properties = new Properties();
        properties.putAll(values);
        var text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // store() starts with a date comment: drop it, so equal values give equal text.
        return text.toString().lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    static Map<String, String> decode(String text) {
        var properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var values = new TreeMap<String, String>();
        properties.forEach((name, value) -> values.put((String) name, (String) value));
        return values;
    }
}
