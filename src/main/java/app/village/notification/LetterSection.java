package app.village.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One letter as a part of a longer message: its one-line subject, its plain text (button link included), and
 * its escaped HTML paragraphs and button.
 */
record LetterSection(String subject, String text, List<String> escapedParagraphs,
        @Nullable String escapedButtonLabel, @Nullable String escapedButtonLink) {
}
