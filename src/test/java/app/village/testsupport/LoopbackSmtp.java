package app.village.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test that sends real mail: the application's {@code spring.mail.*} point at one GreenMail server on a loopback
 * port. Every test class extending this shares that server and one Spring context (the same property source), so
 * mail tests don't each start the application again. Mailboxes are emptied before each test.
 */
@IntegrationTest
public abstract class LoopbackSmtp {

    protected static final GreenMail greenMail = start();

    private static GreenMail start() {
        var server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void useGreenMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("village.mail.from", () -> "Village <village@mail.village.example>");
    }

    /** The first part of this type ({@code text/plain}, {@code text/html}) anywhere in the message, or null. */
    protected static @Nullable String partOf(Part part, String mimeType) throws Exception {
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

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }
}
