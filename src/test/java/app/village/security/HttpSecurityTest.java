package app.village.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import java.net.CookieManager;
import java.net.HttpCookie;
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
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/** What a browser sees at the HTTP level: public files, login, session ids and protective headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpSecurityTest {

    static final String PASSWORD = "a quiet night for everyone";

    @LocalServerPort int port;
    @Autowired AccountService accountService;
    @Autowired Environment environment;

    CookieManager cookies;
    HttpClient http;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postLogin(String email, String password) throws Exception {
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    @Test
    void stylesheetIconsAndOfflinePageAreServedWithoutLogin() throws Exception {
        var css = get("/styles/village.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".help-now");
        assertThat(get("/icons/icon.png").statusCode()).isEqualTo(200);
        assertThat(get("/offline.html").body()).contains("tel:988");
    }

    @Test
    void theAppIsInstallableWithAManifest() throws Exception {
        var manifest = get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"short_name\":\"Village\"").contains("icons");
    }

    @Test
    void loggingInIssuesANewSessionId() throws Exception {
        var email = "session-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(email, "Lucia", PASSWORD));
        assertThat(get("/login").statusCode()).isEqualTo(200);
        var before = sessionId();
        assertThat(before).isNotBlank();

        var login = postLogin(email, PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/");
        assertThat(sessionId()).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
        var email = "same-answer-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(email, "Lucia", PASSWORD));
        get("/login");

        var wrongPassword = postLogin(email, "not the right password");
        var unknownEmail = postLogin("nobody-" + UUID.randomUUID() + "@village.example", PASSWORD);

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(unknownEmail.statusCode()).isEqualTo(wrongPassword.statusCode());
        assertThat(unknownEmail.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"));
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        var email = "cross-site-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(email, "Lucia", PASSWORD));
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);

        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(postLogin(email, PASSWORD).headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void pagesCarryProtectiveHeaders() throws Exception {
        var page = get("/login");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void idleSessionsEndAfterThirtyMinutesDespiteTheHeartbeat() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(environment.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }
}
