package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who has done how much. The family lives in Chicago, so "night" (22:00 to 06:00) is Chicago's night and
 * not UTC's: a zone mix-up shows up as wrong minutes.
 */
@IntegrationTest
class FairShareTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("America/Chicago");

    @Autowired FamilyService families;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired FairShareService fairShares;
    @Autowired MutableClock clock;

    LocalDate today;
    Instant noon;
    VillageUser maya;
    VillageUser rose;
    VillageUser sam;
    VillageUser uncle;
    SpaceId space;

    @BeforeEach
    void aFamilyInChicago() {
        today = LocalDate.now(CHICAGO);
        noon = at(today, 12, 0);
        clock.set(noon);
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        sam = family.person("Sam", FamilyRole.ORGANIZER);
        uncle = family.person("Uncle Bo", FamilyRole.VIEWER);
        space = family.space();
        family.as(maya);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), CHICAGO).toInstant();
    }

    /** Maya adds a task, {@code who} takes it on and marks it done at {@code doneAt}. */
    void done(VillageUser who, int minutes, @Nullable LocalTime start, Instant doneAt) {
        family.as(maya);
        var task = taskWrites.create(space, TaskForm.once("Task", TaskCategory.BABY_CARE, "",
                start == null ? null : today.minusDays(1), minutes).withTimes(start, null));
        family.as(who);
        taskWrites.claim(space, task);
        var now = clock.instant();
        clock.set(doneAt);
        taskWrites.markDone(space, task, null);
        clock.set(now);
        family.as(maya);
    }

    int roseThisWeek() {
        return fairShares.fairShare(space).lastWeek().stream().filter(s -> s.accountId().equals(rose.accountId()))
                .findFirst().orElseThrow().minutes();
    }

    @Test
    void everyMemberIsListedWithNothingDoneYet() {
        var share = fairShares.fairShare(space);

        assertThat(share.lastWeek()).extracting(FairShare.Share::name, FairShare.Share::minutes, FairShare.Share::me)
                .containsExactly(tuple("Maya", 0, true), tuple("Rose", 0, false), tuple("Sam", 0, false),
                        tuple("Uncle Bo", 0, false));
        assertThat(share.lastMonth()).isEqualTo(share.lastWeek());
    }

    @Test
    void minutesOfTheLastSevenAndThirtyDaysPerMemberMostFirst() {
        done(rose, 500, null, noon.minus(Duration.ofDays(31)));
        done(rose, 90, null, noon.minus(Duration.ofDays(10)));
        done(rose, 30, null, noon.minus(Duration.ofDays(2)));
        done(sam, 60, LocalTime.of(10, 0), noon.minus(Duration.ofDays(2)));
        done(sam, 20, null, noon.minus(Duration.ofHours(1)));

        var share = fairShares.fairShare(space);

        assertThat(share.lastWeek()).extracting(FairShare.Share::name, FairShare.Share::minutes)
                .containsExactly(tuple("Sam", 80), tuple("Rose", 30), tuple("Maya", 0), tuple("Uncle Bo", 0));
        assertThat(share.lastMonth()).extracting(FairShare.Share::name, FairShare.Share::minutes)
                .containsExactly(tuple("Rose", 120), tuple("Sam", 80), tuple("Maya", 0), tuple("Uncle Bo", 0));
        assertThat(share.lastMonth()).filteredOn(FairShare.Share::me).extracting(FairShare.Share::accountId)
                .containsExactly(maya.accountId());

        family.as(rose);
        families.leave(space);
        family.as(maya);
        assertThat(fairShares.fairShare(space).lastMonth()).extracting(FairShare.Share::name)
                .containsExactly("Sam", "Maya", "Uncle Bo");
    }

    @Test
    void nightWorkInTheFamilysTimeZoneCountsDouble() {
        var day = today.minusDays(2);
        var counted = new LinkedHashMap<String, Integer>();
        counted.put("starts 23:00", minutesCountedFor(LocalTime.of(23, 0), at(day, 12, 0)));
        counted.put("starts 05:30", minutesCountedFor(LocalTime.of(5, 30), at(day, 12, 0)));
        counted.put("starts 22:00", minutesCountedFor(LocalTime.of(22, 0), at(day, 12, 0)));
        counted.put("starts 06:00, done at 03:00", minutesCountedFor(LocalTime.of(6, 0), at(day, 3, 0)));
        counted.put("starts 21:59, done at 23:30", minutesCountedFor(LocalTime.of(21, 59), at(day, 23, 30)));
        counted.put("no start, done 02:00 in Chicago", minutesCountedFor(null, at(day, 2, 0)));
        counted.put("no start, done 02:00 UTC", minutesCountedFor(null, day.atTime(2, 0).toInstant(ZoneOffset.UTC)));
        counted.put("no start, done at noon", minutesCountedFor(null, at(day, 12, 0)));

        assertThat(counted).isEqualTo(Map.of(
                "starts 23:00", 60,
                "starts 05:30", 60,
                "starts 22:00", 60,
                "starts 06:00, done at 03:00", 30,
                "starts 21:59, done at 23:30", 30,
                "no start, done 02:00 in Chicago", 60,
                "no start, done 02:00 UTC", 30,
                "no start, done at noon", 30));
        assertThat(fairShares.fairShare(space).lastMonth()).first()
                .satisfies(s -> assertThat(s.name()).isEqualTo("Rose"))
                .satisfies(s -> assertThat(s.minutes()).isEqualTo(360));
    }

    /** How much Rose's week grows when she finishes a 30-minute task. */
    int minutesCountedFor(@Nullable LocalTime start, Instant doneAt) {
        var before = roseThisWeek();
        done(rose, 30, start, doneAt);
        return roseThisWeek() - before;
    }
}
