package app.village.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile, on the test database: proxy headers come from whoever sends them, so they are
 * ignored unless a deployment names its proxy (README, Configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "village.invitations.public-url=" + ForwardedHeadersTest.PUBLIC_ADDRESS)
@ActiveProfiles({"postgres", "test"})
class ForwardedHeadersTest {

    static final String PUBLIC_ADDRESS = "https://village.example";

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext context;
    @Autowired AccountService accountService;

    HttpResponse<String> postLogin(String email, String password, String origin) throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindAProxyThatSendsItsOwnHostALoginFromThePublicAddressWorksAndGetsASecureDeviceCookie() throws Exception {
        var email = "proxied-" + UUID.randomUUID() + "@village.example";
        accountService.register(new Registration(email, "Lucia", "a quiet night for everyone"));

        // The request names localhost, as a proxy without "proxy_set_header Host" sends it; the browser is on HTTPS.
        var login = postLogin(email, "a quiet night for everyone", PUBLIC_ADDRESS);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).as("no upstream host in the redirect").hasValue("/");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("village_device="))
                .singleElement().asString().contains("Secure");
        assertThat(postLogin(email, "a quiet night for everyone", "https://evil.example").statusCode())
                .as("another site is still refused").isEqualTo(403);
        assertThat(postLogin(email, "a quiet night for everyone", "http://village.example").statusCode())
                .as("the public address over another scheme is another origin").isEqualTo(403);
    }

    @Test
    void spoofedForwardedHostAndProtoDoNotChangeWhereTheLoginSendsHer() throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .POST(HttpRequest.BodyPublishers.ofString("username=nobody%40village.example&password=x"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?error");
    }

    @Test
    void theClientsOwnAddressIsUsedNotXForwardedFor() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        // Tomcat reads X-Forwarded-For only through this valve; without it the rate limits see the real address.
        assertThat(tomcat.getEngine().getPipeline().getValves()).noneMatch(RemoteIpValve.class::isInstance);
        assertThat(tomcat.getHost().getPipeline().getValves()).noneMatch(RemoteIpValve.class::isInstance);
    }
}
