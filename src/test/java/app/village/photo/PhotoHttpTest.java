package app.village.photo;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.family.FamilyService;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.SignedIn;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The photo addresses on the real server, through the whole filter chain: a member of the photo's space gets it,
 * privately cached; another family's member, someone signed out and a made-up id all get the same empty 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(SecurityContextOfThisApplication.class)
class PhotoHttpTest {

    static final String PASSWORD = "a quiet night for everyone";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired PhotoService photoService;

    String mayasEmail;
    UUID mayasAccount;
    SpaceId spaceOfPhoto;
    String otherFamilysEmail;
    PhotoId photo;

    @BeforeEach
    void aPhotoInMayasSpaceAndAnotherFamily() {
        mayasEmail = "maya-" + UUID.randomUUID() + "@village.example";
        mayasAccount = accounts.register(new Registration(mayasEmail, "Maya", PASSWORD));
        SignedIn.as(mayasAccount, "Maya");
        spaceOfPhoto = families.createSpace(SpaceForm.named("The Rivera family", "Europe/Helsinki"));
        photo = photoService.store(spaceOfPhoto, new ByteArrayInputStream(TestPhotos.jpegWithGps(900, 600, 1)));

        otherFamilysEmail = "lea-" + UUID.randomUUID() + "@village.example";
        var lea = accounts.register(new Registration(otherFamilysEmail, "Lea", PASSWORD));
        SignedIn.as(lea, "Lea");
        families.createSpace(SpaceForm.named("The Other family", "Europe/Helsinki"));
        SignedIn.nobody();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A browser of its own, signed in as {@code email} (or nobody when null). */
    HttpClient browser(String email) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (email != null) {
            http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
            var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            var login = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(login.headers().firstValue("Location")).as("signed in").hasValue("/");
        }
        return http;
    }

    HttpResponse<byte[]> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void aMemberOfThePhotosSpaceGetsThePhotoAndItsThumbnailKeptByHerBrowserWhichAsksFirst() throws Exception {
        var maya = browser(mayasEmail);

        for (var path : new String[] {"/photos/" + photo, "/photos/" + photo + "/thumb"}) {
            var response = get(maya, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(response.headers().firstValue("Cache-Control")).get().asString()
                    .contains("private").contains("no-cache").doesNotContain("max-age").doesNotContain("public");
            assertThat(response.headers().firstValue("ETag")).hasValue("\"" + photo + "\"");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(ImageIO.read(new ByteArrayInputStream(response.body()))).isNotNull();
            assertThat(PhotoProcessingTest.contains(response.body(), TestPhotos.GPS_MARKER)).isFalse();
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(get(maya, "/photos/" + photo + "/thumb").body()))
                .getWidth()).isEqualTo(480);
    }

    @Test
    void anotherFamilysMemberSomeoneSignedOutAndAMadeUpIdAllGetTheSameEmpty404() throws Exception {
        var otherFamily = browser(otherFamilysEmail);
        var signedOut = browser(null);
        var maya = browser(mayasEmail);

        var answers = new java.util.ArrayList<HttpResponse<byte[]>>();
        for (var suffix : new String[] {"", "/thumb"}) {
            answers.add(get(otherFamily, "/photos/" + photo + suffix));
            answers.add(get(signedOut, "/photos/" + photo + suffix));
            answers.add(get(maya, "/photos/" + UUID.randomUUID() + suffix));
            answers.add(get(maya, "/photos/not-an-id" + suffix));
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(404);
            assertThat(answer.body()).as(answer.uri().toString()).isEmpty();
            assertThat(answer.headers().firstValue("Location")).isEmpty();
        });
    }

    HttpResponse<byte[]> getIfNoneMatch(HttpClient browser, String path, String etag) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void herBrowsersCopyIsConfirmedWith304OnlyAfterTheMembershipCheck() throws Exception {
        var maya = browser(mayasEmail);
        var otherFamily = browser(otherFamilysEmail);
        var signedOut = browser(null);
        var etag = get(maya, "/photos/" + photo).headers().firstValue("ETag").orElseThrow();

        for (var suffix : new String[] {"", "/thumb"}) {
            var path = "/photos/" + photo + suffix;
            var confirmed = getIfNoneMatch(maya, path, etag);
            assertThat(confirmed.statusCode()).as(path).isEqualTo(304);
            assertThat(confirmed.body()).isEmpty();
            assertThat(confirmed.headers().firstValue("Cache-Control")).get().asString().contains("no-cache");
            assertThat(getIfNoneMatch(maya, path, "W/" + etag).statusCode()).as(path).isEqualTo(304);
            // Another tag: her copy isn't this photo, so she gets the photo.
            assertThat(getIfNoneMatch(maya, path, "\"" + UUID.randomUUID() + "\"").statusCode()).isEqualTo(200);

            // A copy kept from before is no proof: someone signed out, or of another family, gets the empty 404.
            for (var stranger : List.of(otherFamily, signedOut)) {
                var refused = getIfNoneMatch(stranger, path, etag);
                assertThat(refused.statusCode()).as(path).isEqualTo(404);
                assertThat(refused.body()).isEmpty();
                assertThat(refused.headers().firstValue("ETag")).isEmpty();
            }
        }
    }

    @Test
    void aDeletedPhotoIsNotConfirmedToTheBrowserThatKeptIt() throws Exception {
        var maya = browser(mayasEmail);
        var etag = get(maya, "/photos/" + photo).headers().firstValue("ETag").orElseThrow();

        SignedIn.as(mayasAccount, "Maya");
        photoService.delete(spaceOfPhoto, List.of(photo));
        SignedIn.nobody();

        assertThat(getIfNoneMatch(maya, "/photos/" + photo, etag).statusCode()).isEqualTo(404);
    }

    @Test
    void aPhotoCantBeChangedOrDeletedThroughItsAddress() throws Exception {
        var maya = browser(mayasEmail);

        var delete = maya.send(HttpRequest.newBuilder(uri("/photos/" + photo)).DELETE().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(delete.statusCode()).isNotEqualTo(200);
        assertThat(get(maya, "/photos/" + photo).statusCode()).isEqualTo(200);
    }
}
