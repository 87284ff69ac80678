package app.village.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The feed on the real server, as a calendar app meets it: no login, no cookie, no referrer, no caching. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(SecurityContextOfThisApplication.class)
class CalendarFeedHttpTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired CalendarFeedService feeds;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String newFeedPath() {
        var email = "feed-" + UUID.randomUUID() + "@village.example";
        var id = accounts.register(new Registration(email, "Rose", "a quiet night for everyone"));
        SignedIn.as(id, "Rose");
        var address = feeds.newFeedAddress();
        SignedIn.nobody();
        return address.substring(address.indexOf("/calendar/"));
    }

    @Test
    void aCalendarAppGetsTheFeedWithoutLoggingIn() throws Exception {
        var response = send(HttpRequest.newBuilder(uri(newFeedPath())).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("text/calendar").containsIgnoringCase("charset=UTF-8");
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anUnknownTokenGetsA404WithNoBody() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/calendar/" + "B".repeat(43) + ".ics")).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void onlyReadingIsOpenWithoutLogin() throws Exception {
        var response = send(HttpRequest.newBuilder(uri(newFeedPath())).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("BEGIN:VCALENDAR");
    }
}
