package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.Repeat;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.FamilyRole;
import app.village.family.ui.FamilyNavigation;
import app.village.guide.Callout;
import app.village.guide.ui.GuideCallout;
import app.village.security.VillageUser;
import app.village.shift.RespiteOfferForm;
import app.village.shift.RespiteRequest;
import app.village.shift.RestActivity;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The guide's tips on the shift pages and the family home: why rest matters on her break form, what a full
 * night's sleep does on an open night shift, and, on her home, that asking is fine when she hasn't asked for
 * anything in a week. Whoever hides a tip is someone registered for that test alone, so the people the other
 * tests share always see their tips.
 */
class GuideCalloutsOnShiftPagesTest extends ShiftUiTest {

    @Autowired CareTaskWriteService taskWrites;

    private static List<GuideCallout> callouts() {
        return _find(GuideCallout.class);
    }

    private static List<Callout> calloutsIn(Component in) {
        return _find(in, GuideCallout.class).stream().map(GuideCallout::callout).toList();
    }

    private static GuideCallout theOnlyCallout(Callout expected) {
        assertThat(callouts()).extracting(GuideCallout::callout).containsExactly(expected);
        var callout = callouts().getFirst();
        var link = _get(callout, Anchor.class);
        assertThat(link.getHref()).isEqualTo(expected.path());
        assertThat(link.getText()).isEqualTo(expected.linkText());
        assertThat(textOf(callout)).contains(expected.text());
        return callout;
    }

    private static void hide(GuideCallout callout) {
        _click(_get(callout, Button.class, spec -> spec.withText("Hide this tip")));
    }

    /** A space of a mother registered for this test alone, with the shared helpers in it. */
    private Family familyOfANewMother(String name) {
        var mother = newAccount("Maya");
        var spaceId = spaceOf(mother, name);
        var sam = person("Sam");
        var rose = person("Grandma Rose");
        var lena = person("Aunt Lena");
        var bo = person("Uncle Bo");
        join(mother, spaceId, sam, "partner", FamilyRole.ORGANIZER);
        join(mother, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);
        join(mother, spaceId, lena, "sister", FamilyRole.SUPPORTER);
        join(mother, spaceId, bo, "uncle", FamilyRole.VIEWER);
        return new Family(spaceId, mother, sam, rose, lena, bo);
    }

    private UUID openNight(Family family) {
        return organizerAdds(family, ShiftKind.NIGHT, today().plusDays(1), LocalTime.of(22, 0), LocalTime.of(6, 0));
    }

    private void openShift(VillageUser who, Family family, UUID shiftId) {
        open(who, ShiftNavigation.shiftPath(family.spaceId(), shiftId));
        _get(ShiftView.class);
    }

    private void openHome(VillageUser who, Family family) {
        open(who, FamilyNavigation.homePath(family.spaceId()));
        assertThat(currentPath()).isEqualTo("family/" + family.spaceId());
    }

    // --- Her break request ---------------------------------------------------------------------------------

    @Test
    void herBreakFormSaysWhyRestMattersAndLinksToThatSectionOfTheGuide() {
        var family = newFamily("The Rivera family");

        open(family.mother(), ShiftNavigation.restPath(family.spaceId()));

        theOnlyCallout(Callout.WHY_REST_MATTERS);
        assertThat(calloutsIn(section("Ask for a break"))).containsExactly(Callout.WHY_REST_MATTERS);
    }

    @Test
    void herCircleHasNoBreakFormAndNoTipAboutIt() {
        var family = newFamily("The Rivera family");

        open(family.supporter(), ShiftNavigation.restPath(family.spaceId()));

        assertThat(callouts()).isEmpty();
    }

    @Test
    void onceSheHidesTheRestTipItStaysHiddenForHerButNotForAnotherMother() {
        var family = familyOfANewMother("The Rivera family");
        open(family.mother(), ShiftNavigation.restPath(family.spaceId()));

        hide(theOnlyCallout(Callout.WHY_REST_MATTERS));

        assertThat(callouts()).isEmpty();
        assertThat(section("Ask for a break").isVisible()).as("the form itself stays").isTrue();
        open(family.mother(), ShiftNavigation.restPath(family.spaceId()));
        assertThat(callouts()).as("on a fresh page").isEmpty();
        var another = newFamily("The Okafor family");
        open(another.mother(), ShiftNavigation.restPath(another.spaceId()));
        theOnlyCallout(Callout.WHY_REST_MATTERS);
    }

    // --- An open night shift ---------------------------------------------------------------------------------

    @Test
    void anOpenNightShiftTellsWhoMayTakeItWhatAFullNightsSleepDoes() {
        var family = newFamily("The Rivera family");
        var night = openNight(family);

        openShift(family.supporter(), family, night);

        theOnlyCallout(Callout.FULL_NIGHTS_SLEEP);
        assertThat(_get(ShiftView.class).signUp.isVisible()).isTrue();
    }

    @Test
    void aFilledNightShiftADayShiftAndAViewerShowNoNightTip() {
        var family = newFamily("The Rivera family");
        var night = openNight(family);
        var day = organizerAdds(family, ShiftKind.DAY_HELP, today().plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0));

        openShift(family.supporter(), family, day);
        assertThat(callouts()).as("a day shift").isEmpty();
        openShift(family.viewer(), family, night);
        assertThat(callouts()).as("a viewer, who may not sign up").isEmpty();

        signsUp(family.supporter(), family, night);
        openShift(family.secondSupporter(), family, night);
        assertThat(callouts()).as("a filled night, for someone else").isEmpty();
        openShift(family.supporter(), family, night);
        assertThat(callouts()).as("a filled night, for the one on it").isEmpty();
    }

    @Test
    void aNightWithPlacesLeftStillShowsTheTipToThoseNotOnIt() {
        var family = newFamily("The Rivera family");
        var night = organizerAdds(family, new ShiftForm(ShiftKind.NIGHT, today().plusDays(1), LocalTime.of(22, 0),
                null, LocalTime.of(6, 0), 2, ""));
        signsUp(family.supporter(), family, night);

        openShift(family.secondSupporter(), family, night);

        theOnlyCallout(Callout.FULL_NIGHTS_SLEEP);
    }

    @Test
    void onceAHelperHidesTheNightTipItStaysHiddenForHerButNotForOthers() {
        var family = newFamily("The Rivera family");
        var ava = newAccount("Cousin Ava");
        join(family.mother(), family.spaceId(), ava, "cousin", FamilyRole.SUPPORTER);
        var night = openNight(family);
        openShift(ava, family, night);

        hide(theOnlyCallout(Callout.FULL_NIGHTS_SLEEP));

        assertThat(callouts()).isEmpty();
        assertThat(_get(ShiftView.class).signUp.isVisible()).as("she can still sign up").isTrue();
        openShift(ava, family, openNight(family));
        assertThat(callouts()).as("another night, a fresh page").isEmpty();
        openShift(family.supporter(), family, night);
        theOnlyCallout(Callout.FULL_NIGHTS_SLEEP);
    }

    // --- Her home, when she hasn't asked for anything in a week -------------------------------------------

    @Test
    void whenSheHasAskedForNothingThisWeekHerHomeSaysItIsFineToAsk() {
        var family = newFamily("The Rivera family");

        openHome(family.mother(), family);

        theOnlyCallout(Callout.FINE_TO_ASK);
    }

    @Test
    void herCircleNeverSeesTheTipAboutAsking() {
        var family = newFamily("The Rivera family");

        for (var someone : List.of(family.organizer(), family.supporter(), family.viewer())) {
            openHome(someone, family);
            assertThat(callouts()).as(someone.displayName()).isEmpty();
        }
    }

    @Test
    void afterSheAsksForABreakTheTipGoesUntilAWeekHasPassed() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        breakService.askForBreak(family.spaceId(), new RespiteRequest(today().plusDays(1), LocalTime.of(14, 0),
                LocalTime.of(16, 0), RestActivity.SLEEP, ""));

        openHome(family.mother(), family);
        assertThat(callouts()).isEmpty();

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        openHome(family.mother(), family);
        theOnlyCallout(Callout.FINE_TO_ASK);
    }

    @Test
    void afterSheAddsATaskForHerCircleTheTipGoes() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        taskWrites.create(family.spaceId(), TaskForm.once("Bring dinner", TaskCategory.MEALS, "", today(), 60));

        openHome(family.mother(), family);

        assertThat(callouts()).isEmpty();
    }

    @Test
    void aRepeatingTaskForHerCircleCountsAsAskingButATaskForHerselfDoesNot() {
        var family = newFamily("The Rivera family");
        as(family.mother());
        taskWrites.addMyOwnTask(family.spaceId(), TaskForm.once("Pump milk", TaskCategory.BABY_CARE, "", today(), 20));

        openHome(family.mother(), family);
        theOnlyCallout(Callout.FINE_TO_ASK);

        as(family.mother());
        taskWrites.create(family.spaceId(), TaskForm.once("Walk the dog", TaskCategory.HOUSEHOLD, "", today(), 30)
                .withRepeat(Repeat.DAILY, null, 2, null));
        openHome(family.mother(), family);
        assertThat(callouts()).isEmpty();
    }

    @Test
    void acceptingABreakSomeoneOfferedIsNotAsking() {
        var family = newFamily("The Rivera family");
        as(family.supporter());
        var offer = breakService.offerRespite(family.spaceId(), new RespiteOfferForm(today().plusDays(1), LocalTime.of(10, 0),
                LocalTime.of(12, 0), ""));
        as(family.mother());
        breakService.acceptOffer(family.spaceId(), offer);

        openHome(family.mother(), family);

        theOnlyCallout(Callout.FINE_TO_ASK);
    }

    @Test
    void onceSheHidesTheTipAboutAskingItStaysHiddenForHer() {
        var family = familyOfANewMother("The Rivera family");
        openHome(family.mother(), family);

        hide(theOnlyCallout(Callout.FINE_TO_ASK));

        assertThat(callouts()).isEmpty();
        openHome(family.mother(), family);
        assertThat(callouts()).as("on a fresh page").isEmpty();
        var another = newFamily("The Okafor family");
        openHome(another.mother(), another);
        theOnlyCallout(Callout.FINE_TO_ASK);
    }
}
