package app.village.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Family updates: who may post, change, heart and pin, the limits, the order and the pages. */
@IntegrationTest
@RecordApplicationEvents
class UpdateServiceTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired UpdateService updates;
    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    VillageUser maya;
    VillageUser sam;
    VillageUser rose;
    VillageUser lena;
    VillageUser bo;
    SpaceId space;

    @BeforeEach
    void theRiveraFamily() {
        maya = family.mother();
        space = family.space();
        sam = family.person("Sam", FamilyRole.ORGANIZER);
        rose = family.person("Grandma Rose", FamilyRole.SUPPORTER);
        lena = family.person("Aunt Lena", FamilyRole.SUPPORTER);
        bo = family.person("Uncle Bo", FamilyRole.VIEWER);
    }

    UpdateId post(VillageUser who, String text) {
        family.as(who);
        clock.advance(Duration.ofMinutes(1));
        return updates.post(space, new UpdateForm(text));
    }

    List<String> textsAs(VillageUser who) {
        family.as(who);
        return updates.updates(space, null).updates().stream().map(UpdateSummary::text).toList();
    }

    @Test
    void ownersOrganizersAndSupportersPostAndEveryoneReadsNewestFirst() {
        post(maya, "We're home, all well.");
        post(sam, "Thank you for the meals!");
        post(rose, "  The baby smiled today.  ");

        family.as(bo);
        assertThatThrownBy(() -> updates.post(space, new UpdateForm("I'd like to say something")))
                .isInstanceOf(NotAllowedException.class);

        assertThat(textsAs(bo)).containsExactly("The baby smiled today.", "Thank you for the meals!",
                "We're home, all well.");
        var newest = updates.updates(space, null).updates().getFirst();
        assertThat(newest.posterName()).isEqualTo("Grandma Rose");
        assertThat(newest.mine()).isFalse();
        assertThat(newest.mayChange()).isFalse();
    }

    @Test
    void postingPublishesWhoPostedWhereButNotTheText() {
        var id = post(rose, "Secret words");

        assertThat(events.stream(UpdatePosted.class))
                .containsExactly(new UpdatePosted(space.value(), id.value(), rose.accountId()));
        assertThat(UpdatePosted.class.getRecordComponents()).extracting(component -> component.getType())
                .doesNotContain((Class) String.class);
    }

    @Test
    void anEmptyOrTooLongUpdateIsRefusedAndNothingIsStored() {
        family.as(maya);
        for (var text : List.of("", "   \n  ", "x".repeat(5000), "x".repeat(1001))) {
            assertThatThrownBy(() -> updates.post(space, new UpdateForm(text)))
                    .as("%d characters", text.length())
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(textsAs(maya)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from family_update where space_id = ?", Integer.class,
                space.value())).isZero();

        post(maya, "x".repeat(1000) + "   ");
        assertThat(textsAs(maya)).containsExactly("x".repeat(1000));
    }

    @Test
    void markupIsKeptAsTypedAndOnlyControlCharactersAreRefused() {
        family.as(maya);
        for (var text : List.of("Nul\u0000byte", "Bell\u0007", "Escape\u001B[31m", "C1\u0085control")) {
            assertThatThrownBy(() -> updates.post(space, new UpdateForm(text)))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("This holds characters that can't be shown (perhaps from a paste).");
        }
        assertThat(textsAs(maya)).isEmpty();

        var typed = "Fish &amp; chips &lt;b&gt; \"quoted\" 'single' javascript:alert(1)\nSecond line";
        post(maya, typed);
        post(maya, "<script>alert(1)</script>");
        post(maya, "We're home <3\tall well > fine");
        assertThat(textsAs(maya)).containsExactly("We're home <3\tall well > fine", "<script>alert(1)</script>",
                typed);
    }

    @Test
    void pagesHoldTwentyNewestFirstAndOlderOnesFollowWithoutRepeats() {
        for (int i = 1; i <= 45; i++) {
            post(i % 2 == 0 ? rose : maya, "Update " + i);
        }
        family.as(bo);

        var first = updates.updates(space, null);
        assertThat(first.updates()).hasSize(20);
        assertThat(first.hasOlder()).isTrue();
        assertThat(first.updates().getFirst().text()).isEqualTo("Update 45");
        post(lena, "Posted while she reads");
        family.as(bo);
        var second = updates.updates(space, first.updates().getLast().id());
        var third = updates.updates(space, second.updates().getLast().id());
        assertThat(third.hasOlder()).isFalse();

        var all = new ArrayList<String>();
        List.of(first, second, third).forEach(page -> page.updates().forEach(update -> all.add(update.text())));
        var expected = new ArrayList<String>();
        for (int i = 45; i >= 1; i--) {
            expected.add("Update " + i);
        }
        assertThat(all).containsExactlyElementsOf(expected);
    }

    @Test
    void thePosterOrAnOwnerEditsOrDeletesAndNobodyElse() {
        var roses = post(rose, "Visiting on Sunday");
        var lenas = post(lena, "Bringing soup");

        family.as(lena);
        assertThatThrownBy(() -> updates.edit(space, roses, new UpdateForm("Changed by Lena")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> updates.delete(space, roses)).isInstanceOf(NotAllowedException.class);
        family.as(sam);
        assertThatThrownBy(() -> updates.edit(space, roses, new UpdateForm("Changed by Sam")))
                .as("an organizer changes only her own").isInstanceOf(NotAllowedException.class);
        assertThat(textsAs(rose)).containsExactly("Bringing soup", "Visiting on Sunday");

        family.as(rose);
        updates.edit(space, roses, new UpdateForm("Visiting on Saturday instead"));
        assertThatThrownBy(() -> updates.edit(space, roses, new UpdateForm("")))
                .isInstanceOf(ConstraintViolationException.class);
        family.as(maya);
        updates.edit(space, lenas, new UpdateForm("Bringing soup on Monday"));

        family.as(bo);
        var read = updates.updates(space, null).updates();
        assertThat(read).extracting(UpdateSummary::text)
                .containsExactly("Bringing soup on Monday", "Visiting on Saturday instead");
        assertThat(read).extracting(UpdateSummary::edited).containsExactly(true, true);

        family.as(rose);
        assertThat(updates.updates(space, null).updates()).extracting(UpdateSummary::mayChange)
                .containsExactly(false, true);
        updates.delete(space, roses);
        family.as(maya);
        assertThat(updates.updates(space, null).updates()).extracting(UpdateSummary::mayChange).containsExactly(true);
        updates.delete(space, lenas);
        assertThat(textsAs(bo)).isEmpty();
        assertThatThrownBy(() -> updates.delete(space, lenas)).isInstanceOf(UpdateProblem.class)
                .hasMessage("That update is no longer there.");
    }

    @Test
    void aPosterMadeAViewerNoLongerEditsHerUpdateButMayStillDeleteIt() {
        var roses = post(rose, "Visiting on Sunday");
        var second = post(rose, "Bringing flowers");
        family.as(maya);
        var rosesMembership = families.members(space).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow().membershipId();
        families.changeRole(space, rosesMembership, FamilyRole.VIEWER);

        family.as(rose);
        assertThat(updates.updates(space, null).updates()).extracting(UpdateSummary::mayChange, UpdateSummary::mayDelete)
                .containsExactly(tuple(false, true), tuple(false, true));
        assertThatThrownBy(() -> updates.edit(space, roses, new UpdateForm("Changed as a viewer")))
                .isInstanceOf(NotAllowedException.class);
        assertThat(textsAs(bo)).containsExactly("Bringing flowers", "Visiting on Sunday");

        family.as(rose);
        updates.delete(space, second);
        family.as(maya);
        assertThat(updates.updates(space, null).updates()).extracting(UpdateSummary::mayChange).containsExactly(true);
        updates.edit(space, roses, new UpdateForm("Visiting on Saturday"));
        assertThat(textsAs(bo)).containsExactly("Visiting on Saturday");
    }

    @Test
    void aHeartTogglesAndEveryoneSeesWhoGaveOne() {
        var id = post(maya, "She slept four hours!");

        family.as(rose);
        assertThat(updates.toggleHeart(space, id)).isTrue();
        clock.advance(Duration.ofSeconds(5));
        family.as(bo);
        assertThat(updates.toggleHeart(space, id)).isTrue();
        family.as(lena);
        assertThat(updates.toggleHeart(space, id)).isTrue();
        assertThat(updates.toggleHeart(space, id)).as("her second tap takes it back").isFalse();

        family.as(maya);
        var update = updates.updates(space, null).updates().getFirst();
        assertThat(update.heartedBy()).containsExactly("Grandma Rose", "Uncle Bo");
        assertThat(update.heartedByMe()).isFalse();
        family.as(bo);
        var asBo = updates.onHome(space).newest().getFirst();
        assertThat(asBo.heartedBy()).containsExactly("Grandma Rose", "you");
        assertThat(asBo.heartedByMe()).isTrue();
    }

    @Test
    void oneUpdateIsPinnedAtATimeAndOnlyByAnOwner() {
        var noVisits = post(maya, "No visits until Sunday, thank you!");
        var soup = post(rose, "Soup is in the fridge");
        for (int i = 0; i < 4; i++) {
            post(sam, "News " + i);
        }

        family.as(sam);
        assertThatThrownBy(() -> updates.pin(space, soup)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> updates.unpin(space)).isInstanceOf(NotAllowedException.class);

        family.as(maya);
        updates.pin(space, noVisits);
        family.as(bo);
        var home = updates.onHome(space);
        assertThat(home.pinned()).isNotNull();
        assertThat(home.pinned().text()).isEqualTo("No visits until Sunday, thank you!");
        assertThat(home.newest()).extracting(UpdateSummary::text).containsExactly("News 3", "News 2", "News 1");

        family.as(maya);
        updates.pin(space, soup);
        assertThat(jdbc.queryForObject("select count(*) from pinned_update where space_id = ?", Integer.class,
                space.value())).isOne();
        assertThat(updates.updates(space, null).updates()).filteredOn(UpdateSummary::pinned)
                .extracting(UpdateSummary::text).containsExactly("Soup is in the fridge");
        assertThat(updates.onHome(space).pinned().text()).isEqualTo("Soup is in the fridge");

        updates.unpin(space);
        home = updates.onHome(space);
        assertThat(home.pinned()).isNull();
        assertThat(home.newest()).extracting(UpdateSummary::text).containsExactly("News 3", "News 2", "News 1");
    }

    @Test
    void deletingThePinnedUpdateUnpinsIt() {
        var pinned = post(maya, "No visits please");
        family.as(maya);
        updates.pin(space, pinned);
        updates.delete(space, pinned);

        assertThat(updates.onHome(space).isEmpty()).isTrue();
        assertThat(events.stream(UpdateDeleted.class))
                .containsExactly(new UpdateDeleted(space.value(), pinned.value(), maya.accountId()));
    }

    @Test
    void deletingTheSpaceOrAnAccountTakesTheirUpdatesAndHearts() {
        var roses = post(rose, "From Rose");
        var mayas = post(maya, "From Maya");
        family.as(lena);
        updates.toggleHeart(space, roses);
        updates.toggleHeart(space, mayas);
        family.as(rose);
        updates.toggleHeart(space, mayas);
        accounts.deleteMyAccount(FamilyTestData.PASSWORD);

        assertThat(textsAs(maya)).containsExactly("From Maya");
        assertThat(updates.updates(space, null).updates().getFirst().heartedBy()).containsExactly("Aunt Lena");
        family.as(lena);
        var other = family.spaceOf(lena, "Lena's own");
        updates.post(other, new UpdateForm("Lena's news"));
        family.as(maya);
        families.deleteSpace(space, "The Rivera family");

        assertThat(jdbc.queryForObject("select count(*) from family_update where space_id = ?", Integer.class,
                space.value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from update_heart where update_id in (?, ?)", Integer.class,
                roses.value(), mayas.value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from family_update where space_id = ?", Integer.class,
                other.value())).isOne();
    }
}
