package app.village.photo;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The id of a stored photo: a random UUID, so a photo's address can't be guessed (docs/decisions/typed-ids.md).
 * Prints as the plain UUID.
 */
public record PhotoId(UUID value) {

    public PhotoId {
        Objects.requireNonNull(value, "PhotoId needs a value");
    }

    public static PhotoId of(UUID value) {
        return new PhotoId(value);
    }

    /** The id written in an address, or empty when the text is no UUID at all. */
    public static Optional<PhotoId> parse(String text) {
        try {
            return Optional.of(new PhotoId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Where a member sees the photo, relative to Village's root: {@code photos/<id>} (members only). */
    public String address() {
        return PhotoController.PATH.substring(1) + value;
    }

    /** Where a member sees its thumbnail: {@code photos/<id>/thumb} (members only). */
    public String thumbnailAddress() {
        return address() + "/thumb";
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
