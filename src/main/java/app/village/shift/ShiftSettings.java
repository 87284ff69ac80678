package app.village.shift;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param daysAhead how far ahead the days of a repeating shift exist as shifts people can sign up for; a
 *     job keeps the stretch rolling forward
 */
@ConfigurationProperties("village.shifts")
record ShiftSettings(int daysAhead) {
}
