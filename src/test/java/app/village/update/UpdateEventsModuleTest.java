package app.village.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.TestClockConfiguration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The update module on its own, with only the modules it depends on: each change published once, as exactly the
 * event the live pages and the bell will listen to, with who did it; a refused call, or an unpin with nothing
 * pinned, publishes nothing. Every event also goes through the publication registry's serializer and back unchanged
 * (it is stored as JSON in {@code event_publication}).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith(SecurityContextOfThisApplication.class)
@RecordApplicationEvents
class UpdateEventsModuleTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired UpdateService updates;
    @Autowired EventSerializer serializer;
    @Autowired ApplicationEvents published;

    VillageUser maya;
    VillageUser rose;
    VillageUser lena;
    SpaceId space;

    @BeforeEach
    void theRiveras() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        lena = family.person("Lena", FamilyRole.SUPPORTER);
        space = family.space();
        family.as(rose);
    }

    /** What the update module published since the last {@code clear()}, each checked to survive the registry. */
    List<Object> updateEvents() {
        var events = published.stream()
                .map(event -> event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event)
                .filter(event -> event.getClass().getPackageName().equals(UpdateId.class.getPackageName()))
                .toList();
        events.forEach(event -> assertThat(serializer.deserialize(serializer.serialize(event), event.getClass()))
                .isEqualTo(event));
        return events;
    }

    @Test
    void postingEditingAndDeletingEachPublishTheirEventByWhoDidIt() {
        var id = updates.post(space, new UpdateForm("Visiting on Sunday"));
        assertThat(updateEvents()).containsExactly(new UpdatePosted(space.value(), id.value(), rose.accountId()));

        published.clear();
        updates.edit(space, id, new UpdateForm("Visiting on Saturday"));
        assertThat(updateEvents()).containsExactly(new UpdateChanged(space.value(), id.value(), rose.accountId()));

        family.as(maya);
        published.clear();
        updates.delete(space, id);
        assertThat(updateEvents()).containsExactly(new UpdateDeleted(space.value(), id.value(), maya.accountId()));
    }

    @Test
    void pinningNamesTheUpdateAndUnpinningNamesNone() {
        var id = updates.post(space, new UpdateForm("No visits until Sunday"));
        family.as(maya);
        published.clear();

        updates.pin(space, id);
        assertThat(updateEvents()).containsExactly(new UpdatePinned(space.value(), id.value(), maya.accountId()));

        published.clear();
        updates.unpin(space);
        assertThat(updateEvents()).containsExactly(new UpdatePinned(space.value(), null, maya.accountId()));

        published.clear();
        updates.unpin(space); // nothing pinned: nothing changes
        assertThat(updateEvents()).isEmpty();
    }

    @Test
    void heartingAndTakingTheHeartBackEachPublishByWhoDidIt() {
        var id = updates.post(space, new UpdateForm("Her first smile"));
        family.as(lena);
        published.clear();

        assertThat(updates.toggleHeart(space, id)).isTrue();
        assertThat(updateEvents()).containsExactly(new UpdateHearted(space.value(), id.value(), lena.accountId()));

        published.clear();
        assertThat(updates.toggleHeart(space, id)).isFalse();
        assertThat(updateEvents()).containsExactly(new UpdateHearted(space.value(), id.value(), lena.accountId()));

        published.clear();
        assertThatThrownBy(() -> updates.toggleHeart(space, UpdateId.of(UUID.randomUUID())))
                .isInstanceOf(UpdateProblem.class);
        assertThat(updateEvents()).isEmpty();
    }

    @Test
    void refusedCallsPublishNothing() {
        var id = updates.post(space, new UpdateForm("Visiting on Sunday"));
        family.as(lena);
        published.clear();

        assertThatThrownBy(() -> updates.edit(space, id, new UpdateForm("Changed by Lena")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> updates.delete(space, id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> updates.pin(space, id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> updates.unpin(space)).isInstanceOf(NotAllowedException.class);
        assertThat(updateEvents()).isEmpty();
    }
}
