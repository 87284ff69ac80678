package app.village.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SeveralSessions;
import app.village.testsupport.SignedIn;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class GuideCalloutsTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired GuideCallouts callouts;
    @Autowired HiddenCalloutRepository hidden;
    @Autowired MutableClock clock;

    VillageUser maya;
    VillageUser rose;

    @BeforeEach
    void twoPeople() {
        maya = family.stranger("Maya");
        rose = family.stranger("Rose");
    }

    @Test
    void aCalloutSheHidesStaysHiddenForHerAloneAndOnlyThatOne() {
        family.as(maya);
        assertThat(callouts.isHidden(Callout.WHY_REST_MATTERS)).isFalse();

        callouts.hide(Callout.WHY_REST_MATTERS);

        assertThat(callouts.isHidden(Callout.WHY_REST_MATTERS)).isTrue();
        assertThat(Arrays.stream(Callout.values()).filter(callouts::isHidden)).containsExactly(Callout.WHY_REST_MATTERS);
        family.as(rose);
        assertThat(callouts.isHidden(Callout.WHY_REST_MATTERS)).as("Rose never hid it").isFalse();
        SignedIn.nobody();
        family.as(maya);
        assertThat(callouts.isHidden(Callout.WHY_REST_MATTERS)).as("signed in again, on another device").isTrue();
    }

    @Test
    void hidingItAgainChangesNothing() {
        family.as(maya);
        callouts.hide(Callout.FINE_TO_ASK);
        var key = new HiddenCallout.Key(maya.accountId(), Callout.FINE_TO_ASK);
        var first = hidden.findById(key).orElseThrow().hiddenAt();
        var clockBefore = clock.instant();
        try {
            clock.advance(Duration.ofDays(2));
            callouts.hide(Callout.FINE_TO_ASK);
        } finally {
            clock.set(clockBefore);
        }

        assertThat(callouts.isHidden(Callout.FINE_TO_ASK)).isTrue();
        assertThat(hidden.findById(key).orElseThrow().hiddenAt()).isEqualTo(first);
    }

    @Test
    void nobodySignedInHasHiddenNothingAndCannotHideAnything() {
        family.as(maya);
        callouts.hide(Callout.WHY_A_CIRCLE_HELPS);
        SignedIn.nobody();

        assertThat(Arrays.stream(Callout.values()).filter(callouts::isHidden)).isEmpty();
        assertThatThrownBy(() -> callouts.hide(Callout.FULL_NIGHTS_SLEEP))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        family.as(maya);
        assertThat(callouts.isHidden(Callout.FULL_NIGHTS_SLEEP)).isFalse();
    }

    @Test
    void herSessionsHidingTheSameCalloutAtOnceAllSucceed() throws Exception {
        // One race per person and callout: her tabs showing the same tip, all closed at the same moment.
        for (int person = 0; person < 5; person++) {
            var she = person == 0 ? maya : family.stranger("Maya" + person);
            for (var callout : Callout.values()) {
                var failures = SeveralSessions.atOnce(6, she, session -> callouts.hide(callout));
                assertThat(failures).as("hiding %s", callout).isEmpty();
            }
            family.as(she);
            assertThat(Callout.values()).allMatch(callouts::isHidden);
        }
    }
}
