package app.village.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Back-off after failed logins, counted per account in the database so a restart does not reset it; the limit
 * per client address; and how long a browser she signed in with stays known (its device cookie).
 *
 * @param freeAttempts failures allowed before the first wait
 * @param firstBackoff the first wait; each further failure doubles it
 * @param maxBackoff the longest wait
 * @param attemptsPerAddress login and registration attempts one client address may make per {@code addressWindow}
 * @param addressWindow the time in which {@code attemptsPerAddress} come back
 * @param deviceCookieLifetime how long a device cookie is honoured after she signed in with that browser
 */
@ConfigurationProperties("village.login")
record LoginSettings(int freeAttempts, Duration firstBackoff, Duration maxBackoff,
        int attemptsPerAddress, Duration addressWindow, Duration deviceCookieLifetime) {
}
