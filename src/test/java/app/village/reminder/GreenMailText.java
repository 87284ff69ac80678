package app.village.reminder;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The plain-text part of a received message, decoded, for assertions on what she reads. */
final class GreenMailText {

    private GreenMailText() {
    }

    static String of(MimeMessage message) {
        try {
            var text = textOf(message);
            if (text == null) {
                throw new AssertionError("The message has no text part");
            }
            return text.replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
