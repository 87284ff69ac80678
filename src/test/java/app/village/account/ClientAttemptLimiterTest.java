package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClientAttemptLimiterTest {

    static final LoginSettings TWO_PER_WINDOW = new LoginSettings(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            2, Duration.ofMinutes(10), Duration.ofDays(180));
    final Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void addressesInOneIpv6Slash64ShareOneBucketWhileTheNextSlash64HasItsOwn() {
        var limiter = new ClientAttemptLimiter(TWO_PER_WINDOW, clock);

        assertThat(limiter.tryAttempt("2001:db8:1:2::1")).isTrue();
        assertThat(limiter.tryAttempt("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isTrue();
        assertThat(limiter.tryAttempt("2001:0db8:0001:0002:ffff:0:0:9")).as("another address, the same /64")
                .isFalse();
        assertThat(limiter.tryAttempt("2001:db8:1:3::1")).as("the neighbouring /64").isTrue();
    }

    @Test
    void eachIpv4AddressHasItsOwnBucketAndAMappedOneCountsAsIpv4() {
        var limiter = new ClientAttemptLimiter(TWO_PER_WINDOW, clock);

        assertThat(limiter.tryAttempt("203.0.113.9")).isTrue();
        assertThat(limiter.tryAttempt("::ffff:203.0.113.9")).isTrue();
        assertThat(limiter.tryAttempt("203.0.113.9")).isFalse();
        assertThat(limiter.tryAttempt("203.0.113.10")).isTrue();
    }

    @Test
    void pastItsSizeTheLimiterForgetsTheClientSeenLeastRecently() {
        var limiter = new ClientAttemptLimiter(TWO_PER_WINDOW, clock, 3);
        limiter.tryAttempt("198.51.100.1");
        limiter.tryAttempt("198.51.100.1");
        limiter.tryAttempt("198.51.100.2");
        limiter.tryAttempt("198.51.100.2");
        limiter.tryAttempt("198.51.100.3");
        limiter.tryAttempt("198.51.100.1");

        for (int client = 4; client < 1_000; client++) {
            limiter.tryAttempt("198.51.100." + (client % 250) + "-" + client);
            if (client == 4) {
                assertThat(limiter.tryAttempt("198.51.100.1")).as("seen lately, so still remembered").isFalse();
            }
        }

        assertThat(limiter.clientsRemembered()).isEqualTo(3);
        assertThat(limiter.tryAttempt("198.51.100.2")).as("forgotten, so a full bucket again").isTrue();
    }
}
