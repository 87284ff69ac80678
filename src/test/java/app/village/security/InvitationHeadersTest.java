package app.village.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An invitation page's address holds its token: the browser must not pass that address on as a referrer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvitationHeadersTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anInvitationPageSendsNoReferrerPolicyOnce() throws Exception {
        var page = get("/invitation/" + "A".repeat(43));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
    }

    @Test
    void aPasswordResetPageSendsNoReferrerPolicyOnce() throws Exception {
        var page = get("/reset-password/" + "A".repeat(43));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
    }

    @Test
    void otherPagesKeepTheSameOriginPolicyOnce() throws Exception {
        for (var path : new String[] {"/", "/login", "/register", "/forgot-password", "/invitations",
                "/styles/village.css"}) {
            var page = get(path);

            assertThat(page.headers().allValues("Referrer-Policy")).as(path).containsExactly("same-origin");
        }
    }
}
