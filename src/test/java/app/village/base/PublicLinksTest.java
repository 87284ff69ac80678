package app.village.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicLinksTest {

    @Test
    void oneSlashBetweenTheAddressAndThePathHoweverTheAddressWasWritten() {
        assertThat(PublicLinks.under("https://village.example", "invitation/abc"))
                .isEqualTo("https://village.example/invitation/abc");
        assertThat(PublicLinks.under("https://village.example/", "invitation/abc"))
                .isEqualTo("https://village.example/invitation/abc");
        assertThat(PublicLinks.under("https://village.example/", "/calendar/x.ics"))
                .isEqualTo("https://village.example/calendar/x.ics");
    }

    @Test
    void anAddressUnderAPathKeepsIt() {
        assertThat(PublicLinks.under("https://example.org/village", "calendar/x.ics"))
                .isEqualTo("https://example.org/village/calendar/x.ics");
    }
}
