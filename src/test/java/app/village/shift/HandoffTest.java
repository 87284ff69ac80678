package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Handoffs between helpers: Rose has the night, Leo the morning after. Leo reads what Rose wrote before his
 * shift began; the mother reads them all.
 */
@IntegrationTest
class HandoffTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ShiftService shifts;
    @Autowired HandoffService handoffService;
    @Autowired MutableClock clock;

    LocalDate day;
    VillageUser maya;
    VillageUser rose;
    VillageUser leo;
    VillageUser uncle;
    SpaceId space;
    ShiftId night;
    ShiftId morning;
    ShiftId afternoon;

    @BeforeEach
    void aNightAndTheMorningAfter() {
        day = LocalDate.now(HELSINKI).plusDays(2);
        clock.set(at(day, 12, 0));
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        uncle = family.person("Uncle Bo", FamilyRole.VIEWER);
        space = family.space();
        family.as(maya);
        night = shifts.create(space, ShiftForm.of(ShiftKind.NIGHT, day, LocalTime.of(22, 0), LocalTime.of(6, 0)));
        morning = shifts.create(space, ShiftForm.of(ShiftKind.DAY_HELP, day.plusDays(1), LocalTime.of(6, 0),
                LocalTime.of(14, 0)));
        afternoon = shifts.create(space, ShiftForm.of(ShiftKind.VISIT, day.plusDays(1), LocalTime.of(14, 0),
                LocalTime.of(18, 0)));
        family.as(rose);
        shifts.signUp(space, night);
        family.as(leo);
        shifts.signUp(space, morning);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), HELSINKI).toInstant();
    }

    static HandoffForm feed(LocalTime at, String side) {
        return new HandoffForm(at, side, "", "", "", "");
    }

    static HandoffForm watch(String what) {
        return new HandoffForm(null, "", "", "", what, "");
    }

    void write(VillageUser who, ShiftId shiftId, Instant when, HandoffForm form) {
        clock.set(when);
        family.as(who);
        handoffService.writeHandoff(space, shiftId, form);
    }

    @Test
    void onlySomeoneOnTheShiftWritesItsHandoff() {
        clock.set(at(day, 23, 0));
        for (var notOnIt : new VillageUser[] {leo, maya, uncle}) {
            family.as(notOnIt);
            assertThatThrownBy(() -> handoffService.writeHandoff(space, night, watch("Anything"))).as(notOnIt.displayName())
                    .isInstanceOf(ShiftProblem.class).hasMessage("Only someone on this shift can write its handoff.");
            assertThat(shifts.shift(space, night).mayWriteHandoff()).as(notOnIt.displayName()).isFalse();
        }
        family.as(rose);
        assertThat(shifts.shift(space, night).mayWriteHandoff()).isTrue();
        handoffService.writeHandoff(space, night, watch("  A little cough  "));

        family.as(maya);
        assertThat(handoffService.latestHandoffs(space, 10)).singleElement().satisfies(handoff -> {
            assertThat(handoff.author()).isEqualTo("Rose");
            assertThat(handoff.shiftId()).isEqualTo(night);
            assertThat(handoff.content()).isEqualTo(watch("A little cough"));
            assertThat(handoff.writtenAt()).isEqualTo(ZonedDateTime.of(day, LocalTime.of(23, 0), HELSINKI));
        });
        // Once she gives her place back, it is no longer hers to write.
        family.as(rose);
        shifts.withdraw(space, night);
        assertThatThrownBy(() -> handoffService.writeHandoff(space, night, watch("More"))).isInstanceOf(ShiftProblem.class)
                .hasMessage("Only someone on this shift can write its handoff.");
    }

    @Test
    void theNextShiftOpensWithTheLatestHandoffWrittenBeforeItBegan() {
        write(rose, night, at(day, 23, 0), feed(LocalTime.of(22, 30), "Left side, 15 minutes"));
        var beforeMorning = new HandoffForm(LocalTime.of(5, 15), "Right side", "One wet at 04:00", "Slept 01:00-05:00",
                "A little cough", "Bottles in the dishwasher");
        write(rose, night, at(day.plusDays(1), 5, 45), beforeMorning);
        write(rose, night, at(day.plusDays(1), 6, 10), watch("Forgot: the cream is on the shelf"));
        write(leo, morning, at(day.plusDays(1), 7, 0), feed(LocalTime.of(6, 50), "Bottle, 90 ml"));

        clock.set(at(day.plusDays(1), 8, 0));
        family.as(leo);
        var hisShift = shifts.shift(space, morning);
        assertThat(hisShift.previous()).isNotNull().satisfies(previous -> {
            assertThat(previous.author()).isEqualTo("Rose");
            assertThat(previous.shiftId()).isEqualTo(night);
            assertThat(previous.content()).isEqualTo(beforeMorning);
            assertThat(previous.writtenAt())
                    .isEqualTo(ZonedDateTime.of(day.plusDays(1), LocalTime.of(5, 45), HELSINKI));
        });
        assertThat(hisShift.handoffs()).extracting(Handoff::author).containsExactly("Leo");
        assertThat(hisShift.mayWriteHandoff()).isTrue();

        var theNight = shifts.shift(space, night);
        assertThat(theNight.previous()).isNull();
        assertThat(theNight.handoffs()).extracting(handoff -> handoff.writtenAt().toLocalTime())
                .containsExactly(LocalTime.of(6, 10), LocalTime.of(5, 45), LocalTime.of(23, 0));
        assertThat(shifts.shift(space, afternoon).previous()).isNotNull()
                .satisfies(previous -> assertThat(previous.author()).isEqualTo("Leo"));
    }

    @Test
    void notesTheNextHelperJotsOnHerOwnShiftBeforeItStartsDoNotHideTheLastHandoff() {
        write(rose, night, at(day.plusDays(1), 5, 45), watch("A little cough"));
        for (var minute = 0; minute < 6; minute++) {
            write(leo, morning, at(day.plusDays(1), 5, 50 + minute), watch("Reminder " + minute));
        }

        clock.set(at(day.plusDays(1), 6, 5));
        family.as(leo);
        assertThat(shifts.shift(space, morning).previous()).isNotNull().satisfies(previous -> {
            assertThat(previous.shiftId()).isEqualTo(night);
            assertThat(previous.content()).isEqualTo(watch("A little cough"));
        });
    }

    @Test
    void theMotherReadsTheNewestHandoffsFirst() {
        write(rose, night, at(day, 23, 0), feed(LocalTime.of(22, 30), "Left side"));
        write(rose, night, at(day.plusDays(1), 5, 45), watch("A little cough"));
        write(leo, morning, at(day.plusDays(1), 7, 0), feed(LocalTime.of(6, 50), "Bottle, 90 ml"));

        clock.set(at(day.plusDays(1), 9, 0));
        family.as(maya);
        var latest = handoffService.latestHandoffs(space, 10);
        assertThat(latest).extracting(Handoff::author).containsExactly("Leo", "Rose", "Rose");
        assertThat(latest).extracting(Handoff::shiftId).containsExactly(morning, night, night);
        assertThat(latest).extracting(handoff -> handoff.writtenAt().getZone()).containsOnly(HELSINKI);
        assertThat(latest.get(1).content()).isEqualTo(watch("A little cough"));
        assertThat(handoffService.latestHandoffs(space, 2)).extracting(Handoff::shiftId).containsExactly(morning, night);
        family.as(uncle);
        assertThat(handoffService.latestHandoffs(space, 10)).isEqualTo(latest);
    }
}
