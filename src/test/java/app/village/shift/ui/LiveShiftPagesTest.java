package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.ui.CareTaskNavigation;
import app.village.family.FamilyRole;
import app.village.family.ui.FamilyNavigation;
import app.village.security.VillageUser;
import app.village.shift.RespiteOfferForm;
import app.village.shift.RespiteRequest;
import app.village.shift.RestActivity;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.SleepWindowForm;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The shift pages are live: when another member signs up, withdraws, asks for a break, offers one, takes an offer
 * back or declines it, or changes her sleep window, a page already open shows it after the push, without
 * navigating; her own change is not echoed back, and what she is typing stays.
 */
class LiveShiftPagesTest extends ShiftUiTest {

    // --- The week ---------------------------------------------------------------------------------------

    @Test
    void theOpenWeekShowsAnotherMembersSignUpAndWithdrawal() {
        var family = newFamily("The Rivera family");
        var shift = organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        open(family.supporter(), ShiftNavigation.shiftsPath(family.spaceId()));
        assertThat(textOf(dayColumn(today().plusDays(1)))).contains("1 place open", "Nobody yet");

        byAnother(family.secondSupporter(), () -> shifts.signUp(family.spaceId(), shift), family.supporter());

        awaitPage(() -> assertThat(textOf(dayColumn(today().plusDays(1)))).contains("Covered", "Aunt Lena")
                .doesNotContain("Nobody yet"));
        assertThat(currentPath()).isEqualTo(ShiftNavigation.shiftsPath(family.spaceId()));

        byAnother(family.secondSupporter(), () -> shifts.withdraw(family.spaceId(), shift), family.supporter());

        awaitPage(() -> assertThat(textOf(dayColumn(today().plusDays(1)))).contains("1 place open", "Nobody yet"));
    }

    @Test
    void theOpenWeekShowsTheBreakSheAsksFor() {
        var family = newFamily("The Rivera family");
        open(family.supporter(), ShiftNavigation.shiftsPath(family.spaceId()));
        assertThat(cards(dayColumn(today().plusDays(1)))).isEmpty();

        byAnother(family.mother(), () -> breakService.askForBreak(family.spaceId(), new RespiteRequest(
                today().plusDays(1), LocalTime.of(14, 0), LocalTime.of(16, 0), RestActivity.SLEEP, "")),
                family.supporter());

        awaitPage(() -> assertThat(cards(dayColumn(today().plusDays(1)))).hasSize(1));
        assertThat(buttonTexts(cards(dayColumn(today().plusDays(1))).getFirst())).containsExactly("Sign up");
    }

    @Test
    void herOwnSignUpFromHerOtherPhoneShowsOnHerOpenWeek() {
        var family = newFamily("The Rivera family");
        var shift = organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        open(family.supporter(), ShiftNavigation.shiftsPath(family.spaceId()));
        assertThat(textOf(dayColumn(today().plusDays(1)))).contains("Nobody yet");

        fromAnotherTab(family.supporter(), () -> shifts.signUp(family.spaceId(), shift));
        as(family.supporter());

        awaitPage(() -> assertThat(textOf(dayColumn(today().plusDays(1)))).contains("You're on it"));
    }

    // --- A shift ----------------------------------------------------------------------------------------

    @Test
    void theOpenShiftShowsAnotherHelperAndKeepsTheHandoffSheIsTyping() {
        var family = newFamily("The Rivera family");
        var shift = twoPlacesNow(family);
        signsUp(family.supporter(), family, shift);
        open(family.supporter(), ShiftNavigation.shiftPath(family.spaceId(), shift));
        var view = _get(ShiftView.class);
        _setValue(view.handoff.nappies, "2 wet, 1 dirty");
        var typingIn = view.handoff.nappies;

        byAnother(family.secondSupporter(), () -> shifts.signUp(family.spaceId(), shift), family.supporter());

        awaitPage(() -> assertThat(textOf(_get(view, DescriptionList.class))).contains("Aunt Lena",
                "All 2 places taken"));
        assertThat(view.handoff.nappies).isSameAs(typingIn);
        assertThat(view.handoff.nappies.isAttached()).isTrue();
        assertThat(view.handoff.nappies.getValue()).isEqualTo("2 wet, 1 dirty");

        byAnother(family.secondSupporter(), () -> shifts.withdraw(family.spaceId(), shift), family.supporter());

        awaitPage(() -> assertThat(textOf(_get(view, DescriptionList.class))).contains("1 place open")
                .doesNotContain("Aunt Lena"));
        assertThat(view.handoff.nappies.getValue()).isEqualTo("2 wet, 1 dirty");
    }

    @Test
    void aShiftCancelledWhileItIsOpenSaysSoCalmly() {
        var family = newFamily("The Rivera family");
        var shift = twoPlacesNow(family);
        open(family.supporter(), ShiftNavigation.shiftPath(family.spaceId(), shift));
        var view = _get(ShiftView.class);
        assertThat(view.signUp.isVisible()).isTrue();

        byAnother(family.organizer(), () -> shifts.cancel(family.spaceId(), shift), family.supporter());

        awaitPage(() -> assertThat(_get(view, H1.class).getText()).isEqualTo("This shift is gone"));
        assertThat(textOf(view)).contains("That shift was cancelled.", "See all shifts");
        assertThat(currentPath()).isEqualTo(ShiftNavigation.shiftPath(family.spaceId(), shift));
    }

    // --- Rest -------------------------------------------------------------------------------------------

    @Test
    void herOpenRestPageShowsAnOfferAndATakenNightAndKeepsHerWindowFields() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        open(family.mother(), ShiftNavigation.restPath(family.spaceId()));
        var view = _get(RestView.class);
        assertThat(textOf(section("Breaks offered to you"))).contains("No offers right now.");
        _setValue(view.sleep.start, LocalTime.of(21, 30));

        byAnother(family.supporter(), () -> breakService.offerRespite(family.spaceId(), new RespiteOfferForm(
                today().plusDays(1), LocalTime.of(10, 0), LocalTime.of(14, 0), "A walk with the pram")),
                family.mother());

        awaitPage(() -> assertThat(textOf(section("Breaks offered to you"))).contains("Grandma Rose",
                "A walk with the pram"));
        assertThat(buttonTexts(section("Breaks offered to you"))).contains("Accept", "No, thank you");

        var tonight = restService.sleepCover(family.spaceId()).nights().getFirst().shiftId();
        byAnother(family.secondSupporter(), () -> shifts.signUp(family.spaceId(), tonight), family.mother());

        awaitPage(() -> assertThat(textOf(section("Protected sleep"))).contains("Covered by Aunt Lena"));
        assertThat(view.sleep.start.getValue()).isEqualTo(LocalTime.of(21, 30));
        assertThat(view.sleep.start.isAttached()).isTrue();
    }

    @Test
    void herUntouchedWindowFieldsTakeTheWindowHerPartnerSetSoSavingKeepsIt() {
        var family = newFamily("The Rivera family");
        var partner = secondOwner(family);
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        open(family.mother(), ShiftNavigation.restPath(family.spaceId()));
        var view = _get(RestView.class);
        var startField = view.sleep.start;

        byAnother(partner, () -> restService.setSleepWindow(family.spaceId(),
                new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(5, 0))), family.mother());

        awaitPage(() -> assertThat(view.sleep.start.getValue()).isEqualTo(LocalTime.of(23, 0)));
        assertThat(view.sleep.end.getValue()).isEqualTo(LocalTime.of(5, 0));
        assertThat(view.sleep.start).isSameAs(startField);
        assertThat(view.sleep.changedMeanwhile.isVisible()).isFalse();

        _click(view.sleep.save);
        var window = restService.sleepCover(family.spaceId());
        assertThat(window.start()).isEqualTo(LocalTime.of(23, 0));
        assertThat(window.end()).isEqualTo(LocalTime.of(5, 0));
    }

    @Test
    void theTimesSheIsChoosingStayAndACalmLineSaysHerWindowChangedMeanwhile() {
        var family = newFamily("The Rivera family");
        var partner = secondOwner(family);
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        open(family.mother(), ShiftNavigation.restPath(family.spaceId()));
        var view = _get(RestView.class);
        _setValue(view.sleep.start, LocalTime.of(21, 30));
        assertThat(view.sleep.changedMeanwhile.isVisible()).isFalse();

        byAnother(partner, () -> restService.setSleepWindow(family.spaceId(),
                new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(5, 0))), family.mother());

        awaitPage(() -> assertThat(view.sleep.changedMeanwhile.isVisible()).isTrue());
        assertThat(view.sleep.changedMeanwhile.getText()).isEqualTo("Meanwhile your sleep window was changed to "
                + "11:00 PM to 5:00 AM. If you save, the times above replace it.");
        assertThat(view.sleep.start.getValue()).isEqualTo(LocalTime.of(21, 30));
        assertThat(view.sleep.end.getValue()).isEqualTo(LocalTime.of(6, 0));
        assertThat(textOf(section("Protected sleep"))).contains("Meanwhile your sleep window was changed");

        byAnother(partner, () -> restService.clearSleepWindow(family.spaceId()), family.mother());

        awaitPage(() -> assertThat(view.sleep.changedMeanwhile.getText()).isEqualTo("Meanwhile your sleep window "
                + "was removed. If you save, the times above protect your sleep again."));
        assertThat(view.sleep.start.getValue()).isEqualTo(LocalTime.of(21, 30));
    }

    @Test
    void anOfferTakenBackLeavesHerOpenRestPage() {
        var family = newFamily("The Rivera family");
        as(family.supporter());
        var offer = breakService.offerRespite(family.spaceId(), new RespiteOfferForm(today().plusDays(1),
                LocalTime.of(10, 0), LocalTime.of(14, 0), "A walk with the pram"));
        open(family.mother(), ShiftNavigation.restPath(family.spaceId()));
        assertThat(buttonTexts(section("Breaks offered to you"))).contains("Accept", "No, thank you");

        byAnother(family.supporter(), () -> breakService.withdrawOffer(family.spaceId(), offer), family.mother());

        awaitPage(() -> assertThat(textOf(section("Breaks offered to you"))).contains("No offers right now.")
                .doesNotContain("A walk with the pram"));
        assertThat(buttonTexts(section("Breaks offered to you"))).doesNotContain("Accept");
    }

    @Test
    void anOfferSheDeclinedLeavesTheOpenRestPageOfWhoMadeIt() {
        var family = newFamily("The Rivera family");
        as(family.supporter());
        var offer = breakService.offerRespite(family.spaceId(), new RespiteOfferForm(today().plusDays(1),
                LocalTime.of(10, 0), LocalTime.of(14, 0), "A walk with the pram"));
        open(family.supporter(), ShiftNavigation.restPath(family.spaceId()));
        assertThat(buttonTexts(section("Offers of a break"))).contains("Take back my offer");

        byAnother(family.mother(), () -> breakService.declineOffer(family.spaceId(), offer), family.supporter());

        awaitPage(() -> assertThat(textOf(section("Offers of a break"))).contains("No open offers.")
                .doesNotContain("A walk with the pram"));
    }

    @Test
    void theCirclesOpenRestPageShowsHerNewSleepWindow() {
        var family = newFamily("The Rivera family");
        open(family.supporter(), ShiftNavigation.restPath(family.spaceId()));
        assertThat(textOf(section("Protected sleep"))).contains("She hasn't set a sleep window yet.");

        byAnother(family.mother(), () -> restService.setSleepWindow(family.spaceId(),
                new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0))), family.supporter());

        awaitPage(() -> assertThat(textOf(section("Protected sleep"))).contains("She sleeps from 10:00 PM to 6:00 AM",
                "Take this night"));
    }

    // --- Today and home ---------------------------------------------------------------------------------

    @Test
    void herOpenTodaySaysWhoTookHerNightTonight() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        open(family.mother(), CareTaskNavigation.todayPath(family.spaceId()));
        assertThat(tonightLine()).isEqualTo("No one is on your night tonight yet. Your rest");

        var tonight = restService.sleepCover(family.spaceId()).nights().getFirst().shiftId();
        byAnother(family.supporter(), () -> shifts.signUp(family.spaceId(), tonight), family.mother());

        awaitPage(() -> assertThat(tonightLine()).isEqualTo("Tonight Grandma Rose is on your night. Your rest"));
        assertThat(currentPath()).isEqualTo(CareTaskNavigation.todayPath(family.spaceId()));
    }

    @Test
    void aHelpersOpenTodayLosesTheShiftTheOrganizerCancelled() {
        var family = newFamily("The Rivera family");
        var later = organizerAdds(family, ShiftKind.DAY_HELP, today(), LocalTime.of(15, 0), LocalTime.of(18, 0));
        var tomorrow = organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        signsUp(family.supporter(), family, later);
        signsUp(family.supporter(), family, tomorrow);
        open(family.supporter(), CareTaskNavigation.todayPath(family.spaceId()));
        assertThat(cards(section("You're doing"))).hasSize(2);

        byAnother(family.organizer(), () -> shifts.cancel(family.spaceId(), later), family.supporter());

        awaitPage(() -> assertThat(cards(section("You're doing"))).hasSize(1));
        assertThat(textOf(cards(section("You're doing")).getFirst())).contains("Tomorrow, 9:00 AM to 12:00 PM");
    }

    @Test
    void herOpenHomeSaysWhoCoversHerNextNight() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        open(family.mother(), FamilyNavigation.homePath(family.spaceId()));
        assertThat(textOf(section("Your rest"))).contains("Next night: not covered yet.");

        var tonight = restService.sleepCover(family.spaceId()).nights().getFirst().shiftId();
        byAnother(family.supporter(), () -> shifts.signUp(family.spaceId(), tonight), family.mother());

        awaitPage(() -> assertThat(textOf(section("Your rest"))).contains("Next night: covered by Grandma Rose."));
    }

    // --- Helpers ----------------------------------------------------------------------------------------

    /** Her partner as a second owner: he may set her sleep window too. */
    private VillageUser secondOwner(Family family) {
        var dan = person("Dan");
        join(family.mother(), family.spaceId(), dan, "partner", FamilyRole.OWNER);
        return dan;
    }

    /** Two places, running now (the clock is at noon): a helper on it may write the handoff. */
    private ShiftId twoPlacesNow(Family family) {
        return organizerAdds(family, new ShiftForm(ShiftKind.DAY_HELP, today(), LocalTime.of(10, 0), null,
                LocalTime.of(14, 0), 2, ""));
    }

    /** {@code who} changes something through the real service, from her own phone; then the page's person again. */
    private static void byAnother(VillageUser who, Runnable change, VillageUser pageOf) {
        as(who);
        change.run();
        as(pageOf);
    }

    /**
     * Runs what the push handed to the UI (the test thread holds the session lock, as a request would) until the
     * page passes {@code check}, for up to 2 seconds.
     */
    private static void awaitPage(Runnable check) {
        var until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip(false);
            try {
                check.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > until) {
                    throw notYet;
                }
            }
            pause();
        }
    }

    /** Runs whatever the push hands to the UI for {@code wait}: for checking that nothing came. */
    private static void runPushesFor(Duration wait) {
        var until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            MockVaadin.clientRoundtrip(false);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tonightLine() {
        return textOf(_find(Paragraph.class, spec -> spec.withClasses("today-tonight")).getFirst()).strip();
    }
}
