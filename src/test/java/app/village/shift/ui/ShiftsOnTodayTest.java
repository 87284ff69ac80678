package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.ui.CareTaskNavigation;
import app.village.shift.ShiftKind;
import app.village.shift.SleepWindowForm;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Today tells the whole of her day: the shifts she covers today and tomorrow, and the mother's night. */
class ShiftsOnTodayTest extends ShiftUiTest {

    @Test
    void aHelperOnTonightsNightSeesItUnderYoureDoingInsteadOfNothingTakenOn() {
        var family = newFamily("The Rivera family");
        var tonight = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        var tomorrow = organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        var later = organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(3), LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        signsUp(family.supporter(), family, tonight);
        signsUp(family.supporter(), family, tomorrow);
        signsUp(family.supporter(), family, later);

        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));

        var doing = section("You're doing");
        assertThat(cards(doing)).hasSize(2);
        assertThat(textOf(cards(doing).get(0))).contains("Night shift", "Tonight, 10:00 PM to 6:00 AM (next day)",
                "You're on it");
        assertThat(textOf(cards(doing).get(1))).contains("Tomorrow, 9:00 AM to 12:00 PM");
        assertThat(buttonTexts(cards(doing).get(0))).containsExactly("Withdraw");
        assertThat(textOf(doing)).doesNotContain("Nothing taken on yet");
    }

    @Test
    void atTwoInTheMorningTheNightUnderWayIsTonightForTheHelperAndTheMother() {
        var family = newFamily("The Rivera family");
        var underWay = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        var nextNight = organizerAdds(family, ShiftKind.NIGHT, today().plusDays(1), LocalTime.of(22, 0),
                LocalTime.of(6, 0));
        signsUp(family.supporter(), family, underWay);
        signsUp(family.secondSupporter(), family, nextNight);
        clock.set(today().plusDays(1).atTime(2, 0).atZone(FAMILY_ZONE).toInstant());

        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        var doing = section("You're doing");
        assertThat(cards(doing)).hasSize(1);
        assertThat(textOf(cards(doing).getFirst())).contains("Night shift", "Tonight, 10:00 PM to 6:00 AM (next day)",
                "You're on it");

        open(family.mother(), CareTaskNavigation.todayPath(family.spaceId()));
        assertThat(tonightLine()).isEqualTo("Tonight Grandma Rose is on your night. Your rest");
    }

    @Test
    void someoneWithNoShiftAndNoTaskStillReadsNothingTakenOn() {
        var family = newFamily("The Rivera family");
        organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));

        open(family.secondSupporter(), CareTaskNavigation.todayPath(family.spaceId()));

        assertThat(cards(section("You're doing"))).isEmpty();
        assertThat(textOf(section("You're doing"))).contains("Nothing taken on yet");
    }

    @Test
    void theMotherReadsWhoIsOnHerNightTonight() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        open(family.mother(), CareTaskNavigation.todayPath(family.spaceId()));
        assertThat(tonightLine()).isEqualTo("No one is on your night tonight yet. Your rest");

        var night = restService.sleepCover(family.spaceId()).nights().getFirst();
        signsUp(family.supporter(), family, night.shiftId());
        open(family.mother(), CareTaskNavigation.todayPath(family.spaceId()));

        assertThat(tonightLine()).isEqualTo("Tonight Grandma Rose is on your night. Your rest");
    }

    @Test
    void withoutASleepWindowAnOrganizersNightShiftStillTellsHerWhoIsOn() {
        var family = newFamily("The Rivera family");
        var tonight = organizerAdds(family, ShiftKind.NIGHT, today(), LocalTime.of(22, 0), LocalTime.of(6, 0));
        signsUp(family.organizer(), family, tonight);

        open(family.mother(), CareTaskNavigation.todayPath(family.spaceId()));

        assertThat(tonightLine()).isEqualTo("Tonight Sam is on your night. Your rest");
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("today-tonight"))).isEmpty();
    }

    private static String tonightLine() {
        return textOf(_find(Paragraph.class, spec -> spec.withClasses("today-tonight")).getFirst()).strip();
    }
}
