package app.village.testsupport;

import app.village.notification.SwitchableMailStatus;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }

    /** Mail on or off as configured, until a UI test flips it to see the other state's screen. */
    @Bean
    @Primary
    SwitchableMailStatus switchableMailStatus(ObjectProvider<JavaMailSender> sender) {
        return new SwitchableMailStatus(sender);
    }
}
