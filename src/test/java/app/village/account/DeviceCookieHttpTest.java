package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lock-out a stranger can cause, through the real login form's post: her phone, which signed in before,
 * still gets in while the stranger's browser is held back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeviceCookieHttpTest {

    static final String PASSWORD = "a quiet night for everyone";

    @LocalServerPort int port;
    @Autowired AccountService accountService;
    @Autowired LoginSettings settings;

    /** A browser of its own: its own cookie jar, redirects not followed so each answer can be read. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> logIn(String email, String password) throws Exception {
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        boolean signsIn(String email, String password) throws Exception {
            return logIn(email, password).headers().firstValue("Location").orElse("").equals("/");
        }
    }

    @Test
    void whileAStrangersGuessesHoldHisBrowserBackHerPhoneStillSignsIn() throws Exception {
        var email = "device-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(email, "Lucia", PASSWORD));
        var phone = new Browser();
        var firstLogin = phone.logIn(email, PASSWORD);
        assertThat(firstLogin.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(DeviceCookies.COOKIE_NAME + "=")
                        .contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age="));

        var stranger = new Browser();
        for (int i = 0; i < settings.freeAttempts(); i++) {
            assertThat(stranger.signsIn(email, "is it this one " + i)).isFalse();
        }

        assertThat(stranger.signsIn(email, PASSWORD)).as("the stranger is held back").isFalse();
        assertThat(phone.signsIn(email, PASSWORD)).as("her phone gets in").isTrue();
        assertThat(new Browser().signsIn(email, PASSWORD)).as("any other unknown browser is still held back")
                .isFalse();
    }
}
