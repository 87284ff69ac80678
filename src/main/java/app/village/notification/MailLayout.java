package app.village.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The HTML part around a message: inline styles only (mail apps drop style sheets), one column that fits a
 * phone, and one clear button with its address also written out for apps that block buttons. No background or
 * text colour is set on the page, so the mail app's own light or dark scheme applies; the only colour is the
 * button's, white on a deep green that reads on both. Everything it receives is already escaped. The summary of
 * held mail puts several letters, each with its own button, into one page from the same parts.
 */
final class MailLayout {

    static final String BUTTON_BACKGROUND = "#2f6f5e";

    private MailLayout() {
    }

    static String html(String escapedSubject, List<String> escapedParagraphs, @Nullable String escapedButtonLabel,
            @Nullable String escapedButtonLink, String escapedWhy, String escapedSettingsLink) {
        var body = new StringBuilder(paragraphs(escapedParagraphs));
        if (escapedButtonLink != null) {
            body.append(button(escapedButtonLabel, escapedButtonLink));
        }
        return page(escapedSubject, body.toString(), escapedWhy, escapedSettingsLink);
    }

    /** The page around an already laid-out body, with the footer that says why she got it. */
    static String page(String escapedSubject, String bodyHtml, String escapedWhy, String escapedSettingsLink) {
        return new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1">\
                <meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">\
                <title>""").append(escapedSubject).append("""
                </title></head><body style="margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;\
                font-size:16px;line-height:1.5">\
                <div style="max-width:560px;margin:0 auto">""")
                .append(bodyHtml)
                .append("<hr style=\"border:none;border-top:1px solid #888888;margin:24px 0 12px\">")
                .append("<p style=\"margin:0;font-size:13px\">").append(escapedWhy)
                .append(" <a href=\"").append(escapedSettingsLink).append("\">Change what Village sends you</a>.</p>")
                .append("</div></body></html>").toString();
    }

    static String paragraphs(List<String> escapedParagraphs) {
        var html = new StringBuilder();
        escapedParagraphs.forEach(p -> html.append("<p style=\"margin:0 0 16px\">").append(p).append("</p>"));
        return html.toString();
    }

    /** The button, and its address written out for mail apps that don't open it. */
    static String button(@Nullable String escapedLabel, String escapedLink) {
        return "<p style=\"margin:24px 0 8px\"><a href=\"" + escapedLink
                + "\" style=\"display:inline-block;padding:14px 24px;border-radius:8px;background:" + BUTTON_BACKGROUND
                + ";color:#ffffff;text-decoration:none;font-weight:600;font-size:17px\">" + escapedLabel + "</a></p>"
                + "<p style=\"margin:0 0 16px;font-size:13px;word-break:break-all\">"
                + "If the button doesn't open, copy this address into your browser: " + escapedLink + "</p>";
    }
}
