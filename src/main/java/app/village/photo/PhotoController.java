package app.village.photo;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A photo at {@code /photos/<id>} and its thumbnail at {@code /photos/<id>/thumb}, for a signed-in member of its
 * space. A made-up id, a photo of another family and a visitor who is signed out all get the same empty 404, so
 * an id can't be probed. The ids are random UUIDs. Her browser keeps a copy but asks each time before showing it
 * ({@code no-cache}); the answer "not modified" (304, for the photo id as its ETag) comes only after the membership
 * check, so a member who left, or a shared tablet signed out, shows it no more. Decision:
 * docs/decisions/photos-safely.md.
 */
@RestController
class PhotoController {

    static final String PATH = "/photos/";
    /** Kept by her browser only, and shown again only once the server has checked she is still a member. */
    static final CacheControl ASKED_EACH_TIME = CacheControl.noCache().cachePrivate();

    private final PhotoService photos;

    PhotoController(PhotoService photos) {
        this.photos = photos;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> photo(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        return served(id, PhotoSize.PHOTO, ifNoneMatch);
    }

    @GetMapping(PATH + "{id}/thumb")
    ResponseEntity<byte[]> thumbnail(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        return served(id, PhotoSize.THUMBNAIL, ifNoneMatch);
    }

    private ResponseEntity<byte[]> served(String id, PhotoSize size, @Nullable String ifNoneMatch) {
        var photoId = PhotoId.parse(id);
        if (photoId.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        // A photo never changes under its id: the id is its version.
        var etag = "\"" + photoId.get() + "\"";
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return visible(photoId.get())
                    ? ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(ASKED_EACH_TIME).build()
                    : ResponseEntity.notFound().build();
        }
        return readable(photoId.get(), size)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(ASKED_EACH_TIME)
                        .eTag(etag)
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(image))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** {@code If-None-Match} lists entity tags (maybe weak, {@code W/"…"}) or says {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        for (var tag : ifNoneMatch.split(",")) {
            var candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** False for a made-up id, another family's photo, and nobody signed in alike. */
    private boolean visible(PhotoId photoId) {
        try {
            return photos.isVisible(photoId);
        } catch (AccessDeniedException | AuthenticationException refused) {
            return false;
        }
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
