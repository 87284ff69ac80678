package app.village.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class ForwardedHeadersTest {

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext context;

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
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login?error");
    }

    @Test
    void theClientsOwnAddressIsUsedNotXForwardedFor() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        // Tomcat reads X-Forwarded-For only through this valve; without it the rate limits see the real address.
        assertThat(tomcat.getEngine().getPipeline().getValves()).noneMatch(RemoteIpValve.class::isInstance);
        assertThat(tomcat.getHost().getPipeline().getValves()).noneMatch(RemoteIpValve.class::isInstance);
    }
}
