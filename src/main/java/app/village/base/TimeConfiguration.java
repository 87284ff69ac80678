package app.village.base;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, so tests can move time instead of sleeping. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /**
     * Ticks in whole microseconds, as H2 and PostgreSQL keep times: a moment written to the database reads
     * back as the same moment, so "written by now" stays true of what was just written.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** Date rules of the forms (such as {@link WithinYearsOfToday}) read today from the same clock. */
    @Bean
    ValidationConfigurationCustomizer validationOnTheAppClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
