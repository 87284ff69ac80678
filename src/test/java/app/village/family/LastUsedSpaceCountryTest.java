package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.guide.HelpCountry;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SignedIn;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LastUsedSpaceCountryTest {

    @Autowired HelpCountry helpCountry;
    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void getHelpLearnsTheCountryOfTheSpaceSheOpenedLast() {
        var data = new FamilyTestData(accounts, families, invitations);
        var maya = data.person("Maya");
        var inBritain = data.spaceOf(maya, "The Rivera family");
        families.updateSpace(inBritain, families.space(inBritain).settings().withCountry("GB"));
        var inCanada = data.spaceOf(maya, "Grandma's house");
        families.updateSpace(inCanada, families.space(inCanada).settings().withCountry("CA"));

        families.openSpace(inBritain);
        assertThat(helpCountry.forCurrentVisitor()).contains("GB");

        clock.advance(Duration.ofMinutes(5));
        families.openSpace(inCanada);
        assertThat(helpCountry.forCurrentVisitor()).contains("CA");
    }

    @Test
    void signedOutOrInNoSpaceNothingIsKnown() {
        var data = new FamilyTestData(accounts, families, invitations);
        var rose = data.person("Rose");

        assertThat(helpCountry.forCurrentVisitor()).isEmpty();
        SignedIn.as(rose.accountId(), rose.displayName());
        assertThat(helpCountry.forCurrentVisitor()).isEmpty();
    }
}
