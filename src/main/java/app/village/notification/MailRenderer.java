package app.village.notification;

import app.village.base.PublicLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Renders a {@link Letter} from its template in {@code src/main/resources/mail/} (format: README.md there) into a
 * subject, a plain-text part and an HTML part. Values are escaped in HTML and folded to one line in the subject.
 */
@Component
public class MailRenderer {

    /** Where the footer's link takes her: the Notifications section of her account page. */
    public static final String SETTINGS_PATH = "account#notifications";
    static final int SUBJECT_MAX = 150;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");

    private final MailSettings settings;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    MailRenderer(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail render(Letter letter, @Nullable String secret) {
        var body = section(letter, secret);
        var settingsLink = PublicLinks.under(settings.publicUrl(), SETTINGS_PATH);
        var why = "You got this because " + letter.kind().why() + ".";
        return new RenderedMail(body.subject(),
                body.text() + "\n\n" + footer(why, settingsLink),
                MailLayout.html(HtmlUtils.htmlEscape(body.subject()), body.escapedParagraphs(),
                        body.escapedButtonLabel(), body.escapedButtonLink(),
                        HtmlUtils.htmlEscape(why), HtmlUtils.htmlEscape(settingsLink)));
    }

    /**
     * A letter without its footer: the whole of a message once {@link #render} adds the footer, or one section of
     * a message that carries several (the summary of mail held while she slept). The HTML parts are escaped.
     */
    LetterSection section(Letter letter, @Nullable String secret) {
        var template = templates.computeIfAbsent(letter.template(), MailRenderer::load);
        var values = new HashMap<>(letter.values());
        if (secret != null) {
            values.put("secret", secret);
        }
        if (letter.familyName() != null) {
            values.putIfAbsent("family", letter.familyName());
        }
        var subject = oneLine(fill(template.subject(), values));
        if (letter.familyName() != null) {
            subject = oneLine(letter.familyName()) + ": " + subject;
        }
        var paragraphs = template.paragraphs().stream()
                .filter(paragraph -> !allPlaceholdersEmpty(paragraph, values))
                .toList();
        var buttonLink = template.buttonPath() == null
                ? null
                : PublicLinks.under(settings.publicUrl(), fillPath(template.buttonPath(), values));
        var buttonLabel = template.buttonLabel() == null ? null : fill(template.buttonLabel(), values);
        var text = new StringJoiner("\n\n");
        paragraphs.forEach(paragraph -> text.add(fill(paragraph, values)));
        if (buttonLink != null) {
            text.add(buttonLabel + ":\n" + buttonLink);
        }
        return new LetterSection(shortened(subject), text.toString(),
                paragraphs.stream().map(p -> fillEscaped(p, values)).toList(),
                buttonLabel == null ? null : HtmlUtils.htmlEscape(buttonLabel),
                buttonLink == null ? null : HtmlUtils.htmlEscape(buttonLink));
    }

    /** The end of every message's text: why she got it and where to change that. */
    static String footer(String why, String settingsLink) {
        return "-- \n" + why + "\nChange what Village sends you: " + settingsLink + "\n";
    }

    /**
     * Cut to {@link #SUBJECT_MAX} characters, at a word where there is one near the end, never inside a character
     * made of two chars; the body shows the whole text.
     */
    static String shortened(String subject) {
        if (subject.length() <= SUBJECT_MAX) {
            return subject;
        }
        var end = SUBJECT_MAX - 1;
        if (Character.isLowSurrogate(subject.charAt(end))) {
            end--;
        }
        var lastSpace = subject.lastIndexOf(' ', end);
        if (lastSpace > SUBJECT_MAX * 2 / 3) {
            end = lastSpace;
        }
        return subject.substring(0, end).strip() + "…";
    }

    static String oneLine(String text) {
        return NOT_ONE_LINE.matcher(text).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }

    private static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(
                match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
    }

    /** A value in a link's path can't add a query, a fragment or a space: it is percent-encoded (slashes kept). */
    private static String fillPath(String path, Map<String, String> values) {
        return PLACEHOLDER.matcher(path).replaceAll(match -> Matcher.quoteReplacement(
                UriUtils.encodePath(values.getOrDefault(match.group(1), ""), StandardCharsets.UTF_8)));
    }

    private static String fillEscaped(String text, Map<String, String> values) {
        var escaped = new StringBuilder();
        var matcher = PLACEHOLDER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            escaped.append(HtmlUtils.htmlEscape(text.substring(last, matcher.start())))
                    .append(HtmlUtils.htmlEscape(values.getOrDefault(matcher.group(1), "")));
            last = matcher.end();
        }
        escaped.append(HtmlUtils.htmlEscape(text.substring(last)));
        return escaped.toString().replace("\n", "<br>");
    }

    private static boolean allPlaceholdersEmpty(String paragraph, Map<String, String> values) {
        var matcher = PLACEHOLDER.matcher(paragraph);
        boolean any = false;
        while (matcher.find()) {
            any = true;
            if (!values.getOrDefault(matcher.group(1), "").isBlank()) {
                return false;
            }
        }
        return any && PLACEHOLDER.matcher(paragraph).replaceAll("").isBlank();
    }

    private static Template load(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Not a template name: " + name);
        }
        try {
            var lines = new ClassPathResource("mail/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").split("\n", -1);
            return Template.parse(name, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("No mail template " + name, e);
        }
    }

    private record Template(String subject, @Nullable String buttonLabel, @Nullable String buttonPath,
            List<String> paragraphs) {

        static Template parse(String name, String[] lines) {
            if (lines.length == 0 || !lines[0].startsWith("Subject:")) {
                throw new IllegalStateException("Mail template " + name + " must start with Subject:");
            }
            var subject = lines[0].substring("Subject:".length()).strip();
            int next = 1;
            String label = null;
            String path = null;
            if (lines.length > 1 && lines[1].startsWith("Button:")) {
                var button = lines[1].substring("Button:".length()).split("->", 2);
                if (button.length != 2) {
                    throw new IllegalStateException("Mail template " + name + ": Button: label -> path");
                }
                label = button[0].strip();
                path = button[1].strip();
                next = 2;
            }
            var paragraphs = new ArrayList<String>();
            var current = new StringBuilder();
            for (int i = next; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    if (!current.isEmpty()) {
                        paragraphs.add(current.toString());
                        current.setLength(0);
                    }
                } else {
                    current.append(current.isEmpty() ? "" : "\n").append(lines[i].stripTrailing());
                }
            }
            if (!current.isEmpty()) {
                paragraphs.add(current.toString());
            }
            return new Template(subject, label, path, List.copyOf(paragraphs));
        }
    }
}
