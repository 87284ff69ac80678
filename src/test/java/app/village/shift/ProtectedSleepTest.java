package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Her protected sleep: a window like 23:00 to 04:00 keeps a night shift open for each of the coming fourteen
 * nights, so her partner or a relative can take one. The clock stands at noon in the family's zone.
 */
@IntegrationTest
class ProtectedSleepTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final SleepWindowForm ELEVEN_TO_FOUR = new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0));
    static final SleepWindowForm TEN_TO_FIVE = new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(5, 0));

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ShiftService shifts;
    @Autowired RestService restService;
    @Autowired MutableClock clock;

    LocalDate today;
    VillageUser maya;
    VillageUser leo;
    VillageUser rose;
    SpaceId space;

    @BeforeEach
    void aFamilyAtNoon() {
        today = LocalDate.now(HELSINKI);
        clock.set(ZonedDateTime.of(today, LocalTime.NOON, HELSINKI).toInstant());
        maya = family.mother();
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        space = family.space();
        family.as(maya);
    }

    ShiftSummary summary(ShiftId shiftId) {
        return shifts.shift(space, shiftId).shift();
    }

    ShiftId nightOf(LocalDate day) {
        return restService.sleepCover(space).nights().stream().filter(night -> night.day().equals(day)).findFirst()
                .orElseThrow().shiftId();
    }

    @Test
    void anOrganizersNightShiftOverHerSleepCoversThatNightWithoutASecondOne() {
        var tomorrow = today.plusDays(1);
        var grandmasNight = shifts.create(space, new ShiftForm(ShiftKind.NIGHT, tomorrow, LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 1, "Grandma's night"));

        restService.setSleepWindow(space, ELEVEN_TO_FOUR);

        assertThat(shifts.between(space, tomorrow, tomorrow, false)).extracting(ShiftSummary::id)
                .containsExactly(grandmasNight);
        assertThat(restService.sleepCover(space).nights()).hasSize(14);
        assertThat(nightOf(tomorrow)).isEqualTo(grandmasNight);
        family.as(leo);
        shifts.signUp(space, grandmasNight);
        family.as(maya);
        assertThat(restService.sleepCover(space).nights()).filteredOn(night -> night.day().equals(tomorrow))
                .singleElement().satisfies(night -> {
                    assertThat(night.covered()).isTrue();
                    assertThat(night.helpers()).containsExactly("Leo");
                });
    }

    @Test
    void aSleepWindowKeepsFourteenNightsOpen() {
        assertThat(restService.sleepCover(space).isSet()).isFalse();

        restService.setSleepWindow(space, ELEVEN_TO_FOUR);

        var cover = restService.sleepCover(space);
        assertThat(cover.start()).isEqualTo(LocalTime.of(23, 0));
        assertThat(cover.end()).isEqualTo(LocalTime.of(4, 0));
        assertThat(cover.nights()).hasSize(RestService.PROTECTED_NIGHTS).hasSize(14);
        assertThat(cover.nights()).extracting(SleepCover.Night::day)
                .containsExactlyElementsOf(today.datesUntil(today.plusDays(14)).toList());
        assertThat(cover.nights()).allSatisfy(night -> {
            assertThat(night.covered()).isFalse();
            assertThat(night.helpers()).isEmpty();
        });
        var listed = shifts.between(space, today, today.plusDays(30), false);
        assertThat(listed).hasSize(14).allSatisfy(night -> {
            assertThat(night.kind()).isEqualTo(ShiftKind.NIGHT);
            assertThat(night.protectedSleep()).isTrue();
            assertThat(night.title()).isEqualTo("Night shift: her sleep");
            assertThat(night.capacity()).isEqualTo(1);
            assertThat(night.start().toLocalTime()).isEqualTo(LocalTime.of(23, 0));
            assertThat(night.end().toLocalTime()).isEqualTo(LocalTime.of(4, 0));
            assertThat(night.end().toLocalDate()).isEqualTo(night.start().toLocalDate().plusDays(1));
            assertThat(night.notes()).isEqualTo("So she can sleep: her window is 11:00 PM to 4:00 AM.");
        });
    }

    @Test
    void theNightHerPartnerTakesShowsCoveredWithHisName() {
        restService.setSleepWindow(space, ELEVEN_TO_FOUR);
        var tomorrow = nightOf(today.plusDays(1));

        family.as(leo);
        shifts.signUp(space, tomorrow);

        family.as(maya);
        var cover = restService.sleepCover(space);
        assertThat(cover.nights()).filteredOn(SleepCover.Night::covered).singleElement().satisfies(night -> {
            assertThat(night.day()).isEqualTo(today.plusDays(1));
            assertThat(night.shiftId()).isEqualTo(tomorrow);
            assertThat(night.helpers()).containsExactly("Leo");
        });
        assertThat(cover.nights()).filteredOn(night -> !night.covered()).hasSize(13);
    }

    @Test
    void settingTheWindowAgainMovesTheOpenNightsAndAddsNoneTwice() {
        restService.setSleepWindow(space, ELEVEN_TO_FOUR);
        var takenNight = nightOf(today.plusDays(2));
        family.as(leo);
        shifts.signUp(space, takenNight);

        family.as(maya);
        var withHerNote = nightOf(today.plusDays(5));
        shifts.edit(space, withHerNote, new ShiftForm(ShiftKind.NIGHT, today.plusDays(5), LocalTime.of(23, 0), null,
                LocalTime.of(4, 0), 1, "Leo's mother may come instead"));
        restService.setSleepWindow(space, ELEVEN_TO_FOUR);
        assertThat(shifts.between(space, today, today.plusDays(30), false)).hasSize(14);
        restService.setSleepWindow(space, TEN_TO_FIVE);

        var cover = restService.sleepCover(space);
        assertThat(cover.start()).isEqualTo(LocalTime.of(22, 0));
        assertThat(cover.end()).isEqualTo(LocalTime.of(5, 0));
        assertThat(cover.nights()).hasSize(14).extracting(SleepCover.Night::day).doesNotHaveDuplicates();
        var listed = shifts.between(space, today, today.plusDays(30), false);
        assertThat(listed).hasSize(14);
        assertThat(listed).filteredOn(night -> !night.id().equals(takenNight)).hasSize(13).allSatisfy(night -> {
            assertThat(night.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
            assertThat(night.end().toLocalTime()).isEqualTo(LocalTime.of(5, 0));
            assertThat(night.protectedSleep()).isTrue();
        });
        // The note Village wrote follows the window; the one she wrote herself stays.
        assertThat(listed).filteredOn(night -> !night.id().equals(takenNight) && !night.id().equals(withHerNote))
                .extracting(ShiftSummary::notes).containsOnly("So she can sleep: her window is 10:00 PM to 5:00 AM.");
        assertThat(summary(withHerNote).notes()).isEqualTo("Leo's mother may come instead");
        // Leo's night stays as he agreed to it.
        var his = summary(takenNight);
        assertThat(his.start().toLocalTime()).isEqualTo(LocalTime.of(23, 0));
        assertThat(his.end().toLocalTime()).isEqualTo(LocalTime.of(4, 0));
        assertThat(his.helpers()).containsExactly("Leo");
    }

    @Test
    void aWindowSetLaterKeepsTheNightsAlreadyThereAndAddsTheNewOnes() {
        restService.setSleepWindow(space, ELEVEN_TO_FOUR);
        var first = restService.sleepCover(space).nights();

        clock.set(ZonedDateTime.of(today.plusDays(3), LocalTime.NOON, HELSINKI).toInstant());
        restService.setSleepWindow(space, ELEVEN_TO_FOUR);

        var later = restService.sleepCover(space).nights();
        assertThat(later).extracting(SleepCover.Night::day)
                .containsExactlyElementsOf(today.plusDays(3).datesUntil(today.plusDays(17)).toList());
        assertThat(later.subList(0, 11)).extracting(SleepCover.Night::shiftId)
                .containsExactlyElementsOf(first.subList(3, 14).stream().map(SleepCover.Night::shiftId).toList());
        assertThat(shifts.between(space, today, today.plusDays(30), false)).hasSize(17);
    }

    @Test
    void clearingTheWindowCancelsTheOpenNightsAndKeepsTheTakenOnes() {
        restService.setSleepWindow(space, ELEVEN_TO_FOUR);
        var takenNight = nightOf(today.plusDays(4));
        family.as(leo);
        shifts.signUp(space, takenNight);

        family.as(maya);
        restService.clearSleepWindow(space);

        var cover = restService.sleepCover(space);
        assertThat(cover.isSet()).isFalse();
        assertThat(cover.start()).isNull();
        assertThat(cover.nights()).singleElement().satisfies(night -> {
            assertThat(night.shiftId()).isEqualTo(takenNight);
            assertThat(night.covered()).isTrue();
            assertThat(night.helpers()).containsExactly("Leo");
        });
        assertThat(shifts.between(space, today, today.plusDays(30), false)).extracting(ShiftSummary::id)
                .containsExactly(takenNight);
        family.as(rose);
        assertThatThrownBy(() -> shifts.signUp(space, nightOf(today.plusDays(4)))).isInstanceOf(ShiftProblem.class)
                .hasMessage("This shift is already covered. Thank you all the same!");
    }

    @Test
    void onlyTheMotherSetsHerSleepWindow() {
        family.as(leo);
        assertThatThrownBy(() -> restService.setSleepWindow(space, ELEVEN_TO_FOUR)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> restService.clearSleepWindow(space)).isInstanceOf(NotAllowedException.class);
        assertThat(restService.sleepCover(space).isSet()).isFalse();
        assertThat(restService.sleepCover(space).nights()).isEmpty();
    }
}
