package app.village.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Back-off after failed logins, counted per account in the database so a restart does not reset it.
 *
 * @param freeAttempts failures allowed before the first wait
 * @param firstBackoff the first wait; each further failure doubles it
 * @param maxBackoff the longest wait
 */
@ConfigurationProperties("village.login")
record LoginSettings(int freeAttempts, Duration firstBackoff, Duration maxBackoff) {
}
