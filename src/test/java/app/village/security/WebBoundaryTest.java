package app.village.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real HTTP requests at the edges of the app: addresses that don't exist, session ids, where a login comes
 * from, and requests no browser of ours would send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebBoundaryTest {

    static final String PASSWORD = "a quiet night for everyone";

    @LocalServerPort int port;
    @Autowired AccountService accountService;

    HttpClient http;

    @BeforeEach
    void newBrowser() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String base() {
        return "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postLogin(String email, String password, String origin) throws Exception {
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String signIn() throws Exception {
        var email = "web-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(email, "Lucia", PASSWORD));
        get("/login");
        var login = postLogin(email, PASSWORD, base());
        assertThat(login.headers().firstValue("Location")).hasValue(base() + "/");
        return email;
    }

    @Test
    void anUnknownAddressSignedOutShowsVillagesOwnNotFoundPage() throws Exception {
        for (var path : new String[] {"/no-such-page", "/family/" + UUID.randomUUID() + "/tas",
                "/family/" + UUID.randomUUID() + "/tasks/123"}) {
            var page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("We couldn't find that page").contains("Get help now");
        }
    }

    @Test
    void anUnknownAddressSignedInShowsVillagesOwnNotFoundPage() throws Exception {
        signIn();
        for (var path : new String[] {"/no-such-page", "/family/" + UUID.randomUUID() + "/tas",
                "/family/" + UUID.randomUUID() + "/tasks/123"}) {
            var page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("We couldn't find that page").contains("Get help now");
        }
    }
}
