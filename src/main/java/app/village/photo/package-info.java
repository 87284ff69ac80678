/**
 * Family photos, safely: an upload is decoded to check it is a JPEG, PNG or WebP photo, refused before decoding
 * when its header promises more pixels than a phone takes, and re-encoded from its pixels (so no metadata, no GPS
 * location, survives) at most 2,048 px on the long side, with a 480 px thumbnail. Photos are served only to
 * members of their space, at {@code /photos/<id>} and {@code /photos/<id>/thumb}. Decision:
 * docs/decisions/photos-safely.md.
 */
@ApplicationModule(allowedDependencies = {"family", "base"})
@NullMarked
package app.village.photo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
