package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.notification.MailStatus;
import app.village.notification.OutboxForTests;
import app.village.notification.SwitchableMailStatus;
import app.village.security.VillageUser;
import app.village.shift.NightAskService;
import app.village.shift.OfferSummary;
import app.village.shift.RespiteOfferForm;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftSummary;
import app.village.shift.SleepWindowForm;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RestViewTest extends ShiftUiTest {

    @Autowired AccountService accounts;
    @Autowired OutboxForTests mail;
    @Autowired SwitchableMailStatus mailStatus;

    @AfterEach
    void mailAsConfigured() {
        mailStatus.reset();
    }

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);

    private RestView openRest(VillageUser who, Family family) {
        open(who, ShiftNavigation.restPath(family.spaceId()));
        return _get(RestView.class);
    }

    private static List<ListItem> nights() {
        return _find(section("Protected sleep"), ListItem.class, spec -> spec.withClasses("night"));
    }

    private static ListItem night(String name) {
        return nights().stream().filter(night -> textOf(night).startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No night \"" + name + "\" in "
                        + nights().stream().map(ShiftUiTest::textOf).toList()));
    }

    private void motherSleeps(Family family, LocalTime from, LocalTime to) {
        as(family.mother());
        restService.setSleepWindow(family.spaceId(), new SleepWindowForm(from, to));
    }

    private void supporterOffers(Family family, VillageUser who, String note) {
        as(who);
        breakService.offerRespite(family.spaceId(),
                new RespiteOfferForm(today().plusDays(1), LocalTime.of(10, 0), LocalTime.of(14, 0), note));
    }

    private List<OfferSummary> openOffers(Family family) {
        as(family.mother());
        return breakService.openOffers(family.spaceId());
    }

    // --- The mother -------------------------------------------------------------------------------------

    @Test
    void protectMySleepKeepsFourteenNightsOpen() {
        var family = newFamily("The Rivera family");
        var view = openRest(family.mother(), family);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Your rest");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Rest · The Rivera family · Village");
        assertThat(view.sleep.start.getValue()).isEqualTo(LocalTime.of(23, 0));
        assertThat(view.sleep.end.getValue()).isEqualTo(LocalTime.of(4, 0));
        assertThat(view.sleep.save.getText()).isEqualTo("Protect my sleep");
        assertThat(nights()).isEmpty();

        _click(view.sleep.save);

        NotificationsKt.expectNotifications("Your sleep is protected. Night shifts are open for the next two weeks.");
        // Open nights read calmly, not fourteen red "Not covered yet".
        assertThat(nights()).hasSize(14).allSatisfy(night -> assertThat(textOf(night)).contains("Open"));
        assertThat(textOf(section("Protected sleep"))).contains("14 nights still open.").doesNotContain("Not covered");
        assertThat(textOf(nights().get(0))).startsWith("Tonight");
        assertThat(textOf(nights().get(1))).startsWith("Tomorrow night");
        assertThat(textOf(nights().get(13))).startsWith(SHORT_DAY.format(today().plusDays(13)));
        assertThat(view.sleep.save.getText()).isEqualTo("Save my sleep window");
        assertThat(buttonTexts(section("Protected sleep"))).contains("Stop protecting my sleep…", "Ask someone")
                .doesNotContain("Take this night");
        as(family.mother());
        var cover = restService.sleepCover(family.spaceId());
        assertThat(cover.start()).isEqualTo(LocalTime.of(23, 0));
        assertThat(cover.end()).isEqualTo(LocalTime.of(4, 0));
        assertThat(cover.nights()).hasSize(14).noneMatch(night -> night.covered());
        assertThat(weekAs(family.mother(), family, today())).filteredOn(ShiftSummary::protectedSleep)
                .first().satisfies(tonight -> {
                    assertThat(tonight.title()).isEqualTo("Night shift: her sleep");
                    assertThat(tonight.start().toLocalDateTime()).isEqualTo(today().atTime(23, 0));
                    assertThat(tonight.end().toLocalDateTime()).isEqualTo(today().plusDays(1).atTime(4, 0));
                });
    }

    @Test
    void aTwentyHourSleepWindowIsRefusedNextToTheFieldAndNothingIsKeptOpen() {
        var family = newFamily("The Rivera family");
        var view = openRest(family.mother(), family);

        _setValue(view.sleep.start, LocalTime.of(2, 0));
        _setValue(view.sleep.end, LocalTime.of(22, 0));
        _click(view.sleep.save);

        assertThat(view.sleep.end.isInvalid()).isTrue();
        assertThat(view.sleep.end.getErrorMessage()).isEqualTo("A sleep window is between 1 and 12 hours.");
        NotificationsKt.expectNoNotifications();
        assertThat(nights()).isEmpty();
        as(family.mother());
        var cover = restService.sleepCover(family.spaceId());
        assertThat(cover.isSet()).isFalse();
        assertThat(cover.nights()).isEmpty();
        assertThat(weekAs(family.mother(), family, today())).isEmpty();
    }

    @Test
    void stoppingTheSleepWindowTakesTheOpenNightsAway() {
        var family = newFamily("The Rivera family");
        motherSleeps(family, LocalTime.of(23, 0), LocalTime.of(4, 0));
        var view = openRest(family.mother(), family);
        assertThat(nights()).hasSize(14);

        _click(_get(view, Button.class, spec -> spec.withText("Stop protecting my sleep…")));
        _click(_get(Button.class, spec -> spec.withText("Stop protecting my sleep")));

        NotificationsKt.expectNotifications("Your sleep window is removed.");
        assertThat(nights()).isEmpty();
        assertThat(view.sleep.save.getText()).isEqualTo("Protect my sleep");
        assertThat(weekAs(family.mother(), family, today())).isEmpty();
    }

    @Test
    void askForABreakPutsAnOpenBreakOnTheWeek() {
        var family = newFamily("The Rivera family");
        var view = openRest(family.mother(), family);
        assertThat(view.breakRequest.day.getValue()).isEqualTo(today());
        assertThat(view.breakRequest.start.getValue()).isEqualTo(LocalTime.of(14, 0));
        assertThat(view.breakRequest.end.getValue()).isEqualTo(LocalTime.of(16, 0));

        _setValue(view.breakRequest.note, "Just two hours, please");
        _click(view.breakRequest.ask);

        NotificationsKt.expectNotifications("Your circle can see your break now. Someone will sign up for it.");
        open(family.supporter(), ShiftNavigation.shiftsPath(family.spaceId()));
        var card = card(dayColumn(today()), "Break for her: sleep");
        assertThat(textOf(card)).contains("2:00 PM to 4:00 PM", "1 place open", "Nobody yet");
        assertThat(buttonTexts(card)).containsExactly("Sign up");
        assertThat(weekAs(family.supporter(), family, today())).singleElement().satisfies(shift -> {
            assertThat(shift.kind()).isEqualTo(ShiftKind.RESPITE);
            assertThat(shift.notes()).isEqualTo("Just two hours, please");
        });
    }

    @Test
    void markupInTheBreakNoteIsRefusedNextToIt() {
        var family = newFamily("The Rivera family");
        var view = openRest(family.mother(), family);

        _setValue(view.breakRequest.note, "<i>please</i>");
        _click(view.breakRequest.ask);

        assertThat(view.breakRequest.note.isInvalid()).isTrue();
        assertThat(view.breakRequest.note.getErrorMessage()).isEqualTo("Please use plain text, without < or > characters.");
        NotificationsKt.expectNoNotifications();
        assertThat(weekAs(family.mother(), family, today())).isEmpty();
    }

    @Test
    void offersFromHerCircleShowWithAcceptAndNoThankYou() {
        var family = newFamily("The Rivera family");
        supporterOffers(family, family.supporter(), "I can take the baby for a walk");

        var view = openRest(family.mother(), family);

        var offers = section("Breaks offered to you");
        var offer = _get(offers, ListItem.class);
        assertThat(textOf(offer)).contains("Grandma Rose: " + SHORT_DAY.format(today().plusDays(1))
                + ", 10:00 AM to 2:00 PM", "I can take the baby for a walk");
        assertThat(buttonTexts(offer)).containsExactly("Accept", "No, thank you");
        assertThat(_get(offer, Button.class, spec -> spec.withText("Accept")).getElement().getAttribute("aria-label"))
                .isEqualTo("Accept the break from Grandma Rose");
        assertThat(buttonTexts(view)).doesNotContain("Take back my offer", "Offer her a break");
    }

    @Test
    void acceptingAnOfferMakesAFilledBreakOnTheWeek() {
        var family = newFamily("The Rivera family");
        supporterOffers(family, family.supporter(), "");
        var view = openRest(family.mother(), family);

        _click(_get(section("Breaks offered to you"), Button.class, spec -> spec.withText("Accept")));

        NotificationsKt.expectNotifications("Accepted. It's on the shift calendar.");
        assertThat(textOf(section("Breaks offered to you"))).contains("No offers right now.");
        assertThat(textOf(view)).contains("Your rest this week: 4 h covered, 0 nights");
        assertThat(openOffers(family)).isEmpty();
        assertThat(weekAs(family.supporter(), family, today())).singleElement().satisfies(shift -> {
            assertThat(shift.kind()).isEqualTo(ShiftKind.RESPITE);
            assertThat(shift.title()).isEqualTo("Break for her: time to herself");
            assertThat(shift.isFilled()).isTrue();
            assertThat(shift.mine()).isTrue();
            assertThat(shift.helpers()).containsExactly("you");
        });
        open(family.mother(), ShiftNavigation.shiftsPath(family.spaceId()));
        var card = card(dayColumn(today().plusDays(1)), "Break for her: time to herself");
        assertThat(textOf(card)).contains("10:00 AM to 2:00 PM", "Covered", "Grandma Rose");
    }

    @Test
    void decliningAnOfferMakesNoShift() {
        var family = newFamily("The Rivera family");
        supporterOffers(family, family.supporter(), "");
        openRest(family.mother(), family);

        _click(_get(section("Breaks offered to you"), Button.class, spec -> spec.withText("No, thank you")));

        NotificationsKt.expectNotifications("Declined.");
        assertThat(textOf(section("Breaks offered to you"))).contains("No offers right now.");
        assertThat(openOffers(family)).isEmpty();
        assertThat(weekAs(family.mother(), family, today())).isEmpty();
    }

    @Test
    void offersToHerComeBeforeHerNightsAndTheBreakForm() {
        var family = newFamily("The Rivera family");
        motherSleeps(family, LocalTime.of(23, 0), LocalTime.of(4, 0));
        supporterOffers(family, family.supporter(), "A walk with the baby");

        var view = openRest(family.mother(), family);

        var headings = _find(view, H2.class).stream().map(H2::getText).toList();
        assertThat(headings).containsSubsequence("Breaks offered to you", "Protected sleep", "Ask for a break");
    }

    @Test
    void theMotherAsksOnePersonToTakeAnOpenNight() {
        mailStatus.pretend(true);
        var family = newFamily("The Rivera family");
        motherSleeps(family, LocalTime.of(23, 0), LocalTime.of(4, 0));
        var rosesEmail = accounts.namesOf(List.of(family.supporter().accountId()))
                .get(family.supporter().accountId()).email();
        var waitingBefore = mail.waitingFor(rosesEmail);
        var view = openRest(family.mother(), family);

        _click(_get(view, Button.class, spec -> spec.withAttribute("aria-label", "Ask someone to take tomorrow night")));

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ask someone to take tomorrow night");
        // Those who take shifts; not the mother herself, not the viewer.
        assertThat(view.nights.whoToAsk.getListDataView().getItems().map(NightAskService.Person::name).toList())
                .containsExactly("Sam", "Grandma Rose", "Aunt Lena");
        _click(_get(dialog, Button.class, spec -> spec.withText("Ask")));
        assertThat(view.nights.whoToAsk.isInvalid()).as("she must pick someone").isTrue();

        _setValue(view.nights.whoToAsk, view.nights.whoToAsk.getListDataView().getItems()
                .filter(person -> person.name().equals("Grandma Rose")).findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Ask")));

        NotificationsKt.expectNotifications("Asked Grandma Rose. The night stays open for anyone until it is taken.");
        assertThat(mail.waitingFor(rosesEmail)).isEqualTo(waitingBefore + 1);
        assertThat(mail.lettersTo(rosesEmail).getLast().template()).isEqualTo("night-ask");
        assertThat(textOf(night("Tomorrow night"))).contains("Open").doesNotContain("Covered");
    }

    @Test
    void withMailOffTheAskSaysItCantGoByMailAndSuggestsTellingThePersonDirectly() {
        mailStatus.pretend(false);
        var family = newFamily("The Rivera family");
        motherSleeps(family, LocalTime.of(23, 0), LocalTime.of(4, 0));
        var view = openRest(family.mother(), family);

        _click(_get(view, Button.class, spec -> spec.withAttribute("aria-label", "Ask someone to take tomorrow night")));

        var dialog = _get(Dialog.class);
        assertThat(paragraphsOf(dialog)).contains(MailStatus.MAIL_IS_OFF)
                .contains("tell the person you choose yourself");
        _setValue(view.nights.whoToAsk, view.nights.whoToAsk.getListDataView().getItems()
                .filter(person -> person.name().equals("Grandma Rose")).findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Ask")));

        NotificationsKt.expectNotifications("Noted. Mail is off here, so please tell Grandma Rose yourself. "
                + "The night stays open for anyone until it is taken.");
    }

    @Test
    void withMailOnTheAskDialogSaysNothingAboutMailBeingOff() {
        mailStatus.pretend(true);
        var family = newFamily("The Rivera family");
        motherSleeps(family, LocalTime.of(23, 0), LocalTime.of(4, 0));
        var view = openRest(family.mother(), family);

        _click(_get(view, Button.class, spec -> spec.withAttribute("aria-label", "Ask someone to take tomorrow night")));

        assertThat(paragraphsOf(_get(Dialog.class))).doesNotContain(MailStatus.MAIL_IS_OFF);
    }

    private static String paragraphsOf(Dialog dialog) {
        return String.join("\n", _find(dialog, Paragraph.class).stream().map(Paragraph::getText).toList());
    }

    // --- Her circle -------------------------------------------------------------------------------------

    @Test
    void withTwoOnTheNightEachHelperReadsHerselfAsYouNotHerOwnName() {
        var family = newFamily("The Rivera family");
        var tonight = organizerAdds(family, new ShiftForm(ShiftKind.NIGHT, today(), LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 2, ""));
        motherSleeps(family, LocalTime.of(23, 0), LocalTime.of(4, 0));
        signsUp(family.supporter(), family, tonight);
        signsUp(family.secondSupporter(), family, tonight);

        openRest(family.supporter(), family);

        assertThat(textOf(night("Tonight"))).containsAnyOf("Covered by you, Aunt Lena", "Covered by Aunt Lena, you")
                .doesNotContain("Grandma Rose");
        openRest(family.mother(), family);
        assertThat(textOf(night("Tonight")))
                .containsAnyOf("Covered by Grandma Rose, Aunt Lena", "Covered by Aunt Lena, Grandma Rose");
    }

    @Test
    void aSupporterTakesTonightAndItReadsCoveredByYouToHerAndByHerNameToTheMother() {
        var family = newFamily("The Rivera family");
        motherSleeps(family, LocalTime.of(23, 0), LocalTime.of(4, 0));
        var view = openRest(family.supporter(), family);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Her rest");
        assertThat(textOf(section("Protected sleep"))).contains("She sleeps from 11:00 PM to 4:00 AM.");
        assertThat(nights()).hasSize(14);

        _click(_get(view, Button.class, spec -> spec.withAttribute("aria-label", "Take the night shift: Tonight")));

        NotificationsKt.expectNotifications("Thank you. She can sleep.");
        var tonight = night("Tonight");
        assertThat(textOf(tonight)).endsWith("Covered by you");
        assertThat(buttonTexts(tonight)).isEmpty();
        assertThat(textOf(night("Tomorrow night"))).contains("Open").doesNotContain("Covered");
        assertThat(buttonTexts(night("Tomorrow night"))).containsExactly("Take this night");
        assertThat(textOf(view)).contains("Her rest this week: 5 h covered, 1 night with someone on the night shift.");
        as(family.mother());
        assertThat(restService.sleepCover(family.spaceId()).nights().getFirst().helpers()).containsExactly("Grandma Rose");

        openRest(family.mother(), family);
        assertThat(textOf(night("Tonight"))).endsWith("Covered by Grandma Rose");
        assertThat(textOf(nights().getFirst())).as("covered nights lead").startsWith("Tonight");
        assertThat(textOf(section("Protected sleep"))).contains("13 nights still open.");
    }

    @Test
    void aSupporterOffersABreakAndCanTakeItBack() {
        var family = newFamily("The Rivera family");
        var view = openRest(family.supporter(), family);
        assertThat(textOf(section("Offers of a break"))).contains("No open offers.");
        assertThat(view.breakOffer.day.getValue()).isEqualTo(today().plusDays(1));

        _setValue(view.breakOffer.note, "I can take the baby for a walk");
        _click(view.breakOffer.offer);

        NotificationsKt.expectNotifications("Thank you. She'll see your offer and can accept it.");
        var offer = _get(section("Offers of a break"), ListItem.class);
        assertThat(textOf(offer)).contains("Grandma Rose: " + SHORT_DAY.format(today().plusDays(1))
                + ", 10:00 AM to 2:00 PM", "I can take the baby for a walk");
        assertThat(buttonTexts(offer)).containsExactly("Take back my offer");
        assertThat(openOffers(family)).singleElement().satisfies(open -> {
            assertThat(open.offeredBy()).isEqualTo("Grandma Rose");
            assertThat(open.note()).isEqualTo("I can take the baby for a walk");
        });

        as(family.supporter());
        _click(_get(offer, Button.class, spec -> spec.withText("Take back my offer")));

        NotificationsKt.expectNotifications("Your offer is taken back.");
        assertThat(textOf(section("Offers of a break"))).contains("No open offers.");
        assertThat(openOffers(family)).isEmpty();
    }

    @Test
    void anotherSupportersOfferCannotBeTakenBackByHer() {
        var family = newFamily("The Rivera family");
        supporterOffers(family, family.secondSupporter(), "");

        openRest(family.supporter(), family);

        var offer = _get(section("Offers of a break"), ListItem.class);
        assertThat(textOf(offer)).contains("Aunt Lena: ");
        assertThat(buttonTexts(offer)).isEmpty();
    }

    @Test
    void supportersDoNotSeeAskForABreakOrTheSleepWindow() {
        var family = newFamily("The Rivera family");

        var view = openRest(family.supporter(), family);

        assertThat(findSection("Ask for a break")).isEmpty();
        assertThat(buttonTexts(view)).doesNotContain("Ask for a break", "Protect my sleep").contains("Offer her a break");
        assertThat(view.breakRequest.ask.isAttached()).isFalse();
        assertThat(view.sleep.start.isAttached()).isFalse();
        assertThat(textOf(section("Protected sleep"))).contains("She hasn't set a sleep window yet.");
    }

    @Test
    void aViewerMayNeitherTakeANightNorOfferABreak() {
        var family = newFamily("The Rivera family");
        motherSleeps(family, LocalTime.of(23, 0), LocalTime.of(4, 0));

        var view = openRest(family.viewer(), family);

        assertThat(nights()).hasSize(14);
        _assertNone(view, Button.class);
        _assertNone(view, TimePicker.class);
        assertThat(_find(Section.class).stream().flatMap(s -> headingOf(s).stream()))
                .doesNotContain("Ask for a break", "Offer her a break");
    }
}
