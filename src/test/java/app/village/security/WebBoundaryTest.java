package app.village.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.village.account.AccountService;
import app.village.account.Registration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Real HTTP requests at the edges of the app: addresses that don't exist, session ids, where a login comes
 * from, and requests no browser of ours would send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class WebBoundaryTest {

    static final String PASSWORD = "a quiet night for everyone";

    @LocalServerPort int port;
    @Autowired AccountService accountService;
    @Autowired ServletContext servletContext;
    @Autowired org.springframework.web.context.WebApplicationContext application;

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
        assertThat(login.headers().firstValue("Location")).hasValue("/");
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

    @Test
    void aMalformedVaadinRequestLogsOneLineNotAStackTrace(CapturedOutput output) throws Exception {
        get("/login");
        var init = get("/?v-r=init&location=login&query=");
        assertThat(init.body()).contains("\"v-uiId\":0");

        var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("garbage")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).doesNotContain("Exception").doesNotContain("garbage");
        var log = output.getAll();
        assertThat(log).doesNotContain("JsonDecodingException").doesNotContain("Error writing JSON");
        assertThat(log.lines().filter(line -> line.contains("Refused a malformed Vaadin request"))).hasSize(1);
        assertThat(log.lines().filter(line -> line.contains(" ERROR "))).isEmpty();
    }

    @Test
    void sessionsAreNeverCarriedInTheAddress() throws Exception {
        for (var path : new String[] {"/VAADIN/no-such-file.js", "/account", "/family/" + UUID.randomUUID() + "/tasks"}) {
            newBrowser();
            var response = get(path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid=");
        }
        // Any redirect that creates a session would otherwise carry its id in the address, as a denied
        // /VAADIN/ file did before unknown addresses reached the not-found page.
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        // A browser's first request, before it has any cookie: the failed login is kept in a new session.
        newBrowser();
        var failedLogin = postLogin("nobody-" + UUID.randomUUID() + "@village.example", PASSWORD, base());
        assertThat(failedLogin.headers().firstValue("Location")).hasValue("/login?error");
    }

    @Test
    void aLoginPostedFromAnotherOriginIsRefusedAndOneFromThisSiteWorks() throws Exception {
        var email = "origin-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(email, "Lucia", PASSWORD));
        get("/login");

        for (var origin : new String[] {"https://evil.example", "null", "http://localhost.evil.example:" + port,
                "http://localhost:" + (port + 1)}) {
            var refused = postLogin(email, PASSWORD, origin);
            assertThat(refused.statusCode()).as(origin).isEqualTo(403);
            assertThat(refused.body()).as(origin).isEqualTo("Please log in from Village's own page.");
        }
        var login = postLogin(email, PASSWORD, base());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void anUnknownAddressMayBeReadButNotWrittenToEvenWithAValidCsrfToken() throws Exception {
        // MockMvc, because it can add a valid CSRF token: without one the CSRF filter refuses a POST anyway, and
        // what is checked here is the rule for addresses nobody has given a rule of their own.
        var mvc = MockMvcBuilders.webAppContextSetup(application).apply(springSecurity()).build();
        var member = user("member").roles("USER");

        for (var method : new org.springframework.http.HttpMethod[] {org.springframework.http.HttpMethod.POST,
                org.springframework.http.HttpMethod.PUT, org.springframework.http.HttpMethod.DELETE}) {
            mvc.perform(request(method, "/anything-unknown").with(csrf()).with(member))
                    .andExpect(status().isForbidden());
            mvc.perform(request(method, "/anything-unknown").with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(request(org.springframework.http.HttpMethod.GET, "/anything-unknown").with(member))
                .andExpect(status().is(org.hamcrest.Matchers.not(403)));
        assertThat(get("/no-such-page").statusCode()).isEqualTo(404);
        var post = http.send(HttpRequest.newBuilder(URI.create(base() + "/anything-unknown"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }
}
