package app.village.bell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.base.ui.LivePages;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.SpaceMemberships;
import app.village.notification.DeliveryHold;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How one event's rings are stored: all or none, once however often the event comes, and only for people still in
 * the space when the entry is written.
 */
@IntegrationTest
class BellStoringTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired Bell bell;
    @Autowired BellEntryRepository entries;
    @Autowired List<DeliveryHold> holds;
    @Autowired LivePages pages;
    @Autowired SpaceMemberships memberships;
    @Autowired PlatformTransactionManager transactions;
    @Autowired FamilyService families;
    @Autowired JdbcTemplate jdbc;

    BellTestSupport table;
    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    UUID task;

    @BeforeEach
    void theRiveras() {
        table = new BellTestSupport(jdbc);
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.ORGANIZER);
        task = UUID.randomUUID();
        family.as(maya);
    }

    Ring shiftChangedFor(VillageUser recipient) {
        return new Ring(recipient.accountId(), family.space().value(), BellKind.SHIFT_CHANGED, task,
                "The Rivera family", family.zone(), "Vera changed a shift you are on.",
                "family/" + family.space() + "/shifts/" + task);
    }

    /** A bell whose store fails for {@code whom}, as a database that goes away mid-way would. */
    Bell failingFor(VillageUser whom) {
        var failing = (BellEntryRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BellEntryRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("saveAndFlush")
                            && ((BellEntry) args[0]).getRecipientId().equals(whom.accountId())) {
                        throw new IllegalStateException("The database went away");
                    }
                    try {
                        return method.invoke(entries, args);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
        return new Bell(failing, holds, pages, memberships, transactions, family.clock());
    }

    @Test
    void aRingThatFailsForOneRecipientStoresNothingAndItsRedeliveryRingsOnceForEach() {
        var rings = List.of(shiftChangedFor(maya), shiftChangedFor(leo), shiftChangedFor(rose));

        assertThatThrownBy(() -> failingFor(rose).ring(rings)).hasMessage("The database went away");

        assertThat(table.entriesOf(maya)).isEmpty();
        assertThat(table.entriesOf(leo)).isEmpty();
        assertThat(table.entriesOf(rose)).isEmpty();

        family.clock().advance(Duration.ofMinutes(1));
        bell.ring(rings);
        bell.ring(rings);

        for (var member : List.of(maya, leo, rose)) {
            assertThat(table.entriesOf(member)).singleElement()
                    .satisfies(entry -> assertThat(entry.text()).isEqualTo("Vera changed a shift you are on."));
        }
    }

    @Test
    void theSameNewsAgainKeepsItsTimeAndPlace() {
        bell.ring(List.of(shiftChangedFor(maya)));
        var first = createdAtOf(maya);

        family.clock().advance(Duration.ofMinutes(5));
        bell.ring(List.of(shiftChangedFor(maya)));

        assertThat(table.entriesOf(maya)).hasSize(1);
        assertThat(createdAtOf(maya)).isEqualTo(first);
    }

    @Test
    void aRingForSomeoneWhoLeftSinceTheCircleWasReadStoresNothingForHer() {
        var rings = List.of(shiftChangedFor(rose), shiftChangedFor(leo));
        family.as(rose);
        families.leave(family.space());
        table.settled();

        bell.ring(rings);

        assertThat(table.entriesOf(rose)).isEmpty();
        assertThat(table.entriesOf(leo)).hasSize(1);
    }

    java.time.Instant createdAtOf(VillageUser recipient) {
        table.settled();
        return jdbc.queryForObject("select created_at from bell_entry where recipient_id = ?", java.sql.Timestamp.class,
                recipient.accountId()).toInstant();
    }
}
