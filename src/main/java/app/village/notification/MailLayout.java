package app.village.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The HTML part around a message: inline styles only (mail apps drop style sheets), one column that fits a
 * phone, colours that read in light and dark mode, and one clear button. Everything it receives is escaped.
 */
final class MailLayout {

    private MailLayout() {
    }

    static String html(List<String> escapedParagraphs, @Nullable String escapedButtonLabel,
            @Nullable String escapedButtonLink, String escapedWhy, String escapedSettingsLink) {
        var html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1">\
                <meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">\
                </head><body style="margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;\
                font-size:16px;line-height:1.5">\
                <div style="max-width:560px;margin:0 auto">""");
        escapedParagraphs.forEach(p -> html.append("<p style=\"margin:0 0 16px\">").append(p).append("</p>"));
        if (escapedButtonLink != null) {
            html.append("<p style=\"margin:24px 0\"><a href=\"").append(escapedButtonLink)
                    .append("\" style=\"display:inline-block;padding:12px 20px;border-radius:8px;background:#2f6f5e;")
                    .append("color:#ffffff;text-decoration:none;font-weight:600\">")
                    .append(escapedButtonLabel).append("</a></p>");
        }
        return html.append("<hr style=\"border:none;border-top:1px solid #8884;margin:24px 0 12px\">")
                .append("<p style=\"margin:0;font-size:13px;opacity:.8\">").append(escapedWhy)
                .append(" <a href=\"").append(escapedSettingsLink).append("\">Change what Village sends you</a>.</p>")
                .append("</div></body></html>").toString();
    }
}
