package app.village.caretask;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param daysAhead how far ahead the days of a repeating task exist as tasks; a daily job keeps the
 *     stretch rolling forward
 */
@ConfigurationProperties("village.care-tasks")
record CareTaskSettings(int daysAhead) {
}
