package app.village.testsupport;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.jspecify.annotations.Nullable;

/**
 * A test that sends real mail: the application's {@code spring.mail.*} point at one GreenMail server on a loopback
 * port ({@link LoopbackSmtpServer}). Every test class extending this shares that server and one Spring context (the
 * same property source), so mail tests don't each start the application again. Mailboxes are emptied before each
 * test.
 */
@IntegrationTest
public abstract class LoopbackSmtp implements LoopbackSmtpServer {

    /** The first part of this type ({@code text/plain}, {@code text/html}) anywhere in the message, or null. */
    public static @Nullable String partOf(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (var i = 0; i < multipart.getCount(); i++) {
                var found = partOf(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
