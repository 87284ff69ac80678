package app.village.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param publicUrl where people reach Village; feed addresses are built from this, never from the request */
@ConfigurationProperties("village.calendar")
record CalendarSettings(String publicUrl) {
}
