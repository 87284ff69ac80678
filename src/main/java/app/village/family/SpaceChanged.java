package app.village.family;

import java.util.UUID;

/** Someone ({@code by}) changed a space's settings (its name, time zone, country); ids only. */
public record SpaceChanged(UUID spaceId, UUID by) {
}
