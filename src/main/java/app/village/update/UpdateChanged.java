package app.village.update;

import java.util.UUID;

/** The poster or an owner ({@code by}) changed an update's text. No text: listeners read it through the service. */
public record UpdateChanged(UUID spaceId, UUID updateId, UUID by) {
}
