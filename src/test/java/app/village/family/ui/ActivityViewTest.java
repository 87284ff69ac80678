package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.ActivityEntry;
import app.village.family.FamilyRole;
import app.village.testsupport.MutableClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityViewTest extends FamilySpaceUiTest {

    @Autowired MutableClock clock;

    @Test
    void theOwnerReadsWhoWasInvitedAndJoinedInTheFamilysTimeZone() {
        // 12:05 UTC is 14:05 in Helsinki in November.
        clock.set(Instant.parse(Instant.now().atZone(ZoneOffset.UTC).getYear() + "-11-26T12:05:00Z"));
        try {
            var maya = newAccount("Maya");
            var rose = newAccount("Grandma Rose");
            var spaceId = spaceOf(maya, "The Rivera family");
            clock.advance(Duration.ofMinutes(1));
            join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);

            startAs(maya);
            UI.getCurrent().navigate("family/" + spaceId + "/activity");

            var view = _get(ActivityView.class);
            var log = _get(view, UnorderedList.class, spec -> spec.withClasses("activity")).getElement().getTextRecursively();
            // Times and the zone as every other page writes them, not "14:05" and "Europe/Helsinki".
            assertThat(log).contains("Nov 26, 2:05 PM", "Nov 26, 2:06 PM", "Maya invited Grandma Rose as Supporter",
                    "Grandma Rose joined as Supporter", "Maya created the space");
            assertThat(log.indexOf("joined")).isLessThan(log.indexOf("created the space"));
            assertThat(view.getElement().getTextRecursively()).contains("Times are in Helsinki (")
                    .doesNotContain("Europe/Helsinki");
        } finally {
            clock.set(Instant.now());
        }
    }

    @Test
    void aSupporterIsToldTheActivityIsForOwners() {
        var maya = newAccount("Maya");
        var rose = newAccount("Grandma Rose");
        var spaceId = spaceOf(maya, "The Rivera family");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);

        startAs(rose);
        UI.getCurrent().navigate("family/" + spaceId + "/activity");

        var view = _get(ActivityView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Only owners can open this page");
        _assertNone(view, UnorderedList.class);
    }

    @Test
    void eachKindOfChangeReadsAsASentence() {
        var at = Instant.now();
        assertThat(ActivityView.describe(new ActivityEntry(at, "Maya", "Jo", "ROLE_CHANGED", "Supporter to Organizer")))
                .isEqualTo("Maya changed the role of Jo from Supporter to Organizer");
        assertThat(ActivityView.describe(new ActivityEntry(at, "Maya", "Jo", "REMOVED", null)))
                .isEqualTo("Maya removed Jo from the space");
        assertThat(ActivityView.describe(new ActivityEntry(at, null, "Jo", "LEFT", null))).isEqualTo("Jo left the space");
        assertThat(ActivityView.describe(new ActivityEntry(at, "Maya", "Jo", "INVITATION_REVOKED", null)))
                .isEqualTo("Maya withdrew the invitation for Jo");
    }
}
