package app.village.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one GreenMail server on a loopback port that the application's {@code spring.mail.*} point at, with its
 * property source. Spring keys its cached contexts by the property source's method, so every test class that
 * has this one (through {@link LoopbackSmtp}, or implementing this directly when it must extend another base such
 * as {@link KaribuUiTest}) shares one application context. Mailboxes are emptied before each test.
 */
public interface LoopbackSmtpServer {

    GreenMail greenMail = LoopbackSmtpServer.start();

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

    @BeforeEach
    default void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }
}
