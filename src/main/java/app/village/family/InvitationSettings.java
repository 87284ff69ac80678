package app.village.family;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl where people reach Village; invitation links are built from this, never from the request
 * @param validFor how long an invitation link works
 * @param attemptsPerWindow invitation-link look-ups one client may make per window
 * @param attemptWindow the rate-limit window
 */
@ConfigurationProperties("village.invitations")
record InvitationSettings(String publicUrl, Duration validFor, int attemptsPerWindow, Duration attemptWindow) {
}
