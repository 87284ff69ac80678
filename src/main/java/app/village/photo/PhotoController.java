package app.village.photo;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A photo at {@code /photos/<id>} and its thumbnail at {@code /photos/<id>/thumb}, for a signed-in member of its
 * space. A made-up id, a photo of another family and a visitor who is signed out all get the same empty 404, so
 * an id can't be probed. The ids are random UUIDs. Decision: docs/decisions/photos-safely.md.
 */
@RestController
class PhotoController {

    static final String PATH = "/photos/";
    /** A photo never changes under its id; her browser may keep it, no shared cache may. */
    static final CacheControl KEPT_BY_HER_BROWSER_ONLY = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private final PhotoService photos;

    PhotoController(PhotoService photos) {
        this.photos = photos;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        return served(id, PhotoSize.PHOTO);
    }

    @GetMapping(PATH + "{id}/thumb")
    ResponseEntity<byte[]> thumbnail(@PathVariable String id) {
        return served(id, PhotoSize.THUMBNAIL);
    }

    private ResponseEntity<byte[]> served(String id, PhotoSize size) {
        return PhotoId.parse(id).flatMap(photoId -> readable(photoId, size))
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(KEPT_BY_HER_BROWSER_ONLY)
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(image))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Empty for a made-up id, another family's photo, and nobody signed in alike. */
    private Optional<byte[]> readable(PhotoId photoId, PhotoSize size) {
        try {
            return photos.image(photoId, size);
        } catch (AccessDeniedException | AuthenticationException refused) {
            return Optional.empty();
        }
    }
}
