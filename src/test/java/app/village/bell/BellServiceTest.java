package app.village.bell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.base.NoLongerAvailableException;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskClaimed;
import app.village.caretask.TaskForm;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.notification.MailPreferences;
import app.village.notification.MailPreferencesService;
import app.village.security.VillageUser;
import app.village.shift.RestService;
import app.village.shift.SleepWindowForm;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;

/**
 * Her bell as she reads it: the count and the list wait out her sleep window and quiet hours, read and unread,
 * pages of 30, the 60 days it keeps, and one entry for an event delivered twice.
 */
@IntegrationTest
class BellServiceTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired BellService bell;
    @Autowired BellRinger ringerBean;
    @Autowired BellHousekeeping housekeeping;
    @Autowired CareTaskWriteService tasks;
    @Autowired RestService rest;
    @Autowired MailPreferencesService preferences;
    @Autowired FamilyService families;
    @Autowired JdbcTemplate jdbc;

    BellTestSupport table;
    VillageUser maya;
    VillageUser rose;
    LocalDate today;

    @BeforeEach
    void theRiveras() {
        table = new BellTestSupport(jdbc);
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        today = LocalDate.ofInstant(family.clock().instant(), family.zone());
        family.as(maya);
    }

    /** Rose takes on a task Maya asked for: Maya's bell rings once the listener ran. */
    void roseTakesOnATaskOfMaya(String title) {
        family.as(maya);
        var task = tasks.create(family.space(), TaskForm.once(title, TaskCategory.MEALS, "", today.plusDays(10), 60));
        family.as(rose);
        tasks.claim(family.space(), task);
        table.settled();
        family.as(maya);
    }

    /** The listener itself, called as a re-delivery would: no proxy, so it runs here and now. */
    BellRinger ringer() {
        return AopTestUtils.getTargetObject(ringerBean);
    }

    TaskClaimed roseClaimedFor(UUID task) {
        return new TaskClaimed(family.space().value(), task, rose.accountId(), maya.accountId());
    }

    @Test
    void insideHerSleepWindowTheCountWaitsUntilItEnds() {
        rest.setSleepWindow(family.space(), new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        family.clock().set(today.atTime(23, 0).atZone(family.zone()).toInstant());

        roseTakesOnATaskOfMaya("Bring dinner");

        assertThat(bell.unreadCount()).isZero();
        assertThat(bell.mine(0).notes()).isEmpty();
        assertThat(table.entriesOf(maya)).singleElement().satisfies(entry -> assertThat(entry.showsFrom())
                .isEqualTo(today.plusDays(1).atTime(6, 0).atZone(family.zone()).toInstant()));

        family.clock().set(today.plusDays(1).atTime(5, 59).atZone(family.zone()).toInstant());
        assertThat(bell.unreadCount()).isZero();
        family.clock().set(today.plusDays(1).atTime(6, 0).atZone(family.zone()).toInstant());
        assertThat(bell.unreadCount()).isOne();
        assertThat(bell.mine(0).notes()).singleElement()
                .satisfies(note -> assertThat(note.text()).isEqualTo("Rose took on a task you asked for."));
    }

    @Test
    void insideHerQuietHoursTheCountWaitsToo() {
        preferences.saveMine(new MailPreferences(true, true, null, true, null, null, LocalTime.of(21, 0),
                LocalTime.of(7, 0), family.zone()));
        family.clock().set(today.atTime(21, 30).atZone(family.zone()).toInstant());

        roseTakesOnATaskOfMaya("Bring dinner");

        assertThat(bell.unreadCount()).isZero();
        family.clock().set(today.plusDays(1).atTime(7, 0).atZone(family.zone()).toInstant());
        assertThat(bell.unreadCount()).isOne();
    }

    @Test
    void outsideAnyHoldItShowsAtOnceAndReadingItLowersTheCount() {
        roseTakesOnATaskOfMaya("Bring dinner");
        roseTakesOnATaskOfMaya("Fold the laundry");
        assertThat(bell.unreadCount()).isEqualTo(2);

        var first = bell.mine(0).notes().getFirst();
        bell.markRead(first.id());

        assertThat(bell.unreadCount()).isOne();
        assertThat(bell.mine(0).notes()).filteredOn(BellNote::unread).hasSize(1);
        bell.markAllRead();
        assertThat(bell.unreadCount()).isZero();
        assertThat(bell.mine(0).notes()).hasSize(2).noneMatch(BellNote::unread);
    }

    @Test
    void anEventDeliveredTwiceRingsOnce() {
        var event = roseClaimedFor(UUID.randomUUID());

        ringer().on(event);
        ringer().on(event);

        assertThat(table.entriesOf(maya)).hasSize(1);
        assertThat(bell.unreadCount()).isOne();
    }

    @Test
    void newerNewsAboutAnEntryThatShowsStillShowsInsideHerSleepWindow() {
        var leo = family.person("Leo", FamilyRole.ORGANIZER);
        family.as(maya);
        var task = UUID.randomUUID();
        family.clock().set(today.atTime(21, 0).atZone(family.zone()).toInstant());
        ringer().on(roseClaimedFor(task));
        assertThat(bell.unreadCount()).isOne();

        rest.setSleepWindow(family.space(), new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        family.clock().set(today.atTime(23, 0).atZone(family.zone()).toInstant());
        ringer().on(new TaskClaimed(family.space().value(), task, leo.accountId(), maya.accountId()));

        assertThat(bell.unreadCount()).isOne();
        assertThat(bell.mine(0).notes()).singleElement()
                .satisfies(note -> assertThat(note.text()).isEqualTo("Leo took on a task you asked for."));
    }

    @Test
    void newsAboutAThingSheHasReadRingsAgain() {
        var task = UUID.randomUUID();
        ringer().on(roseClaimedFor(task));
        bell.markAllRead();

        ringer().on(roseClaimedFor(task));

        assertThat(table.entriesOf(maya)).extracting(BellTestSupport.Row::read).containsExactlyInAnyOrder(true, false);
        assertThat(bell.unreadCount()).isOne();
    }

    @Test
    void thePagesHoldThirtyNewestFirst() {
        for (int i = 0; i < 31; i++) {
            family.clock().advance(Duration.ofMinutes(1));
            ringer().on(roseClaimedFor(UUID.randomUUID()));
        }

        var first = bell.mine(0);
        var second = bell.mine(1);

        assertThat(first.notes()).hasSize(30);
        assertThat(first.hasOlder()).isTrue();
        assertThat(second.notes()).hasSize(1);
        assertThat(second.hasOlder()).isFalse();
        assertThat(first.notes().getFirst().at()).isAfter(first.notes().getLast().at());
        assertThat(second.notes().getFirst().at()).isBefore(first.notes().getLast().at());
    }

    @Test
    void entriesAreKeptSixtyDays() {
        ringer().on(roseClaimedFor(UUID.randomUUID()));
        family.clock().advance(Duration.ofDays(30));
        ringer().on(roseClaimedFor(UUID.randomUUID()));
        family.clock().advance(Duration.ofDays(30).plusMinutes(1));

        housekeeping.deleteOld();

        assertThat(table.entriesOf(maya)).hasSize(1);
        family.clock().advance(Duration.ofDays(30));
        housekeeping.deleteOld();
        assertThat(table.entriesOf(maya)).isEmpty();
    }

    @Test
    void deletingTheSpaceTakesItsEntriesWithIt() {
        ringer().on(roseClaimedFor(UUID.randomUUID()));
        assertThat(table.entriesOf(maya)).hasSize(1);

        families.deleteSpace(family.space(), "The Rivera family");

        assertThat(table.entriesOf(maya)).isEmpty();
    }

    @Test
    void anotherPersonsEntryCannotBeMarkedRead() {
        ringer().on(roseClaimedFor(UUID.randomUUID()));
        var mayas = bell.mine(0).notes().getFirst().id();

        family.as(rose);
        assertThatThrownBy(() -> bell.markRead(mayas)).isInstanceOf(NoLongerAvailableException.class);
        assertThat(bell.mine(0).notes()).isEmpty();

        family.as(maya);
        assertThat(bell.unreadCount()).isOne();
    }
}
