package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountId;
import app.village.base.RepeatForm;
import app.village.family.FamilyRole;
import app.village.family.NotAMemberException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.IsolationHarness;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of family A reaches none of family B's shifts, offers, handoffs or sleep: every public method of
 * the shift services ({@link #SERVICES}), called with family B's space id or (in her own space) with B's shift and
 * offer ids, is refused, and no refusal carries family B's names or notes. A new public method, or a new service
 * in the package, fails {@link #everyPublicMethodIsCovered} until it is added here.
 */
@IntegrationTest
class ShiftIsolationTest {

    static final List<Class<?>> SERVICES = List.of(ShiftService.class, HandoffService.class, BreakService.class,
            RestService.class, NightAskService.class);
    static final IsolationHarness ISOLATION = IsolationHarness.of(SERVICES);

    @RegisterExtension final FamilyFixture theirs =
            new FamilyFixture().named("The Hidden family").motherNamed("Maya Secretname");
    @RegisterExtension final FamilyFixture ours = new FamilyFixture().named("Anna's family").motherNamed("Anna");

    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired HandoffService handoffService;
    @Autowired RestService restService;
    @Autowired NightAskService nightAsks;

    LocalDate day = LocalDate.now().plusDays(3);
    VillageUser maya;
    VillageUser rose;
    SpaceId familyB;
    ShiftId openShiftOfB;
    ShiftId takenShiftOfB;
    ShiftId breakOfB;
    OfferId offerOfB;
    ShiftId repeatingShiftOfB;
    VillageUser anna;
    SpaceId familyA;

    @BeforeEach
    void twoFamilies() {
        maya = theirs.mother();
        familyB = theirs.space();
        rose = theirs.person("Rose Secretname", FamilyRole.SUPPORTER);
        theirs.as(maya);
        openShiftOfB = shifts.create(familyB, new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 2, "Secretword: the key is under the mat"));
        takenShiftOfB = shifts.create(familyB, new ShiftForm(ShiftKind.DAY_HELP, day, LocalTime.of(9, 0), null,
                LocalTime.of(12, 0), 1, "Secretword laundry"));
        breakOfB = breakService.askForBreak(familyB, new RespiteRequest(day.plusDays(1), LocalTime.of(14, 0),
                LocalTime.of(16, 0), RestActivity.SLEEP, "Secretword nap"));
        restService.setSleepWindow(familyB, new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        repeatingShiftOfB = shifts.createRepeating(familyB, new ShiftForm(ShiftKind.DAY_HELP, day, LocalTime.of(17, 0),
                null, LocalTime.of(19, 0), 1, "Secretword bath time"), RepeatForm.daily(day.plusDays(6))).getFirst();
        theirs.as(rose);
        shifts.signUp(familyB, takenShiftOfB);
        handoffService.writeHandoff(familyB, takenShiftOfB, new HandoffForm(null, "", "", "", "Secretword cough", ""));
        offerOfB = breakService.offerRespite(familyB, new RespiteOfferForm(day.plusDays(2), LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Secretword park"));

        anna = ours.mother();
        familyA = ours.space();
        shifts.create(familyA, ShiftForm.of(ShiftKind.VISIT, day, LocalTime.of(15, 0), LocalTime.of(16, 0)));
        ours.as(anna);
    }

    ShiftForm takeOver() {
        return ShiftForm.of(ShiftKind.DAY_HELP, day, LocalTime.of(8, 0), LocalTime.of(9, 0));
    }

    /** Each public method, called by Anna with family B's space id. */
    Map<String, Runnable> callsInFamilyB() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("create", () -> shifts.create(familyB, takeOver()));
        calls.put("createRepeating", () -> shifts.createRepeating(familyB, takeOver(), RepeatForm.daily(null)));
        calls.put("edit", () -> shifts.edit(familyB, openShiftOfB, takeOver()));
        calls.put("editSeries", () -> shifts.editSeries(familyB, repeatingShiftOfB, takeOver(), RepeatForm.daily(null)));
        calls.put("stopRepeating", () -> shifts.stopRepeating(familyB, repeatingShiftOfB));
        calls.put("forEditing", () -> shifts.forEditing(familyB, repeatingShiftOfB));
        calls.put("cancel", () -> shifts.cancel(familyB, openShiftOfB));
        calls.put("signUp", () -> shifts.signUp(familyB, openShiftOfB));
        calls.put("withdraw", () -> shifts.withdraw(familyB, takenShiftOfB));
        calls.put("between", () -> shifts.between(familyB, day, day, false));
        calls.put("week", () -> shifts.week(familyB, day, false));
        calls.put("onToday", () -> shifts.onToday(familyB));
        calls.put("shift", () -> shifts.shift(familyB, takenShiftOfB));
        calls.put("writeHandoff", () -> handoffService.writeHandoff(familyB, takenShiftOfB,
                new HandoffForm(null, "", "", "", "Taken over", "")));
        calls.put("latestHandoffs", () -> handoffService.latestHandoffs(familyB, 20));
        calls.put("askForBreak", () -> breakService.askForBreak(familyB, new RespiteRequest(day, LocalTime.of(10, 0),
                LocalTime.of(11, 0), RestActivity.WALK, "")));
        calls.put("offerRespite", () -> breakService.offerRespite(familyB, new RespiteOfferForm(day, LocalTime.of(10, 0),
                LocalTime.of(11, 0), "")));
        calls.put("breaksAskedSince", () -> breakService.breaksAskedSince(familyB, Instant.EPOCH));
        calls.put("openOffers", () -> breakService.openOffers(familyB));
        calls.put("acceptOffer", () -> breakService.acceptOffer(familyB, offerOfB));
        calls.put("declineOffer", () -> breakService.declineOffer(familyB, offerOfB));
        calls.put("withdrawOffer", () -> breakService.withdrawOffer(familyB, offerOfB));
        calls.put("setSleepWindow", () -> restService.setSleepWindow(familyB,
                new SleepWindowForm(LocalTime.of(21, 0), LocalTime.of(3, 0))));
        calls.put("clearSleepWindow", () -> restService.clearSleepWindow(familyB));
        calls.put("sleepCover", () -> restService.sleepCover(familyB));
        calls.put("restThisWeek", () -> restService.restThisWeek(familyB));
        calls.put("peopleToAsk", () -> nightAsks.peopleToAsk(familyB));
        calls.put("askToTakeNight", () -> nightAsks.askToTakeNight(familyB, openShiftOfB, AccountId.of(rose.accountId())));
        calls.put("restAtAGlance", () -> restService.restAtAGlance(familyB));
        return calls;
    }

    /** Each public method that takes a shift or offer id, called by Anna in her own space with family B's ids. */
    Map<String, Runnable> callsInFamilyAWithIdsOfB() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("edit(open)", () -> shifts.edit(familyA, openShiftOfB, takeOver()));
        calls.put("edit(break)", () -> shifts.edit(familyA, breakOfB, takeOver()));
        calls.put("editSeries", () -> shifts.editSeries(familyA, repeatingShiftOfB, takeOver(),
                RepeatForm.daily(null)));
        calls.put("stopRepeating", () -> shifts.stopRepeating(familyA, repeatingShiftOfB));
        calls.put("forEditing", () -> shifts.forEditing(familyA, repeatingShiftOfB));
        calls.put("cancel(open)", () -> shifts.cancel(familyA, openShiftOfB));
        calls.put("cancel(break)", () -> shifts.cancel(familyA, breakOfB));
        calls.put("signUp(open)", () -> shifts.signUp(familyA, openShiftOfB));
        calls.put("signUp(break)", () -> shifts.signUp(familyA, breakOfB));
        calls.put("withdraw", () -> shifts.withdraw(familyA, takenShiftOfB));
        calls.put("shift(open)", () -> shifts.shift(familyA, openShiftOfB));
        calls.put("shift(taken)", () -> shifts.shift(familyA, takenShiftOfB));
        calls.put("writeHandoff", () -> handoffService.writeHandoff(familyA, takenShiftOfB,
                new HandoffForm(null, "", "", "", "Taken over", "")));
        calls.put("acceptOffer", () -> breakService.acceptOffer(familyA, offerOfB));
        calls.put("declineOffer", () -> breakService.declineOffer(familyA, offerOfB));
        calls.put("withdrawOffer", () -> breakService.withdrawOffer(familyA, offerOfB));
        calls.put("askToTakeNight", () -> nightAsks.askToTakeNight(familyA, openShiftOfB, AccountId.of(anna.accountId())));
        return calls;
    }

    @Test
    void everyCallWithAnotherFamilysIdsIsRefusedWithoutNamingAnyone() {
        var before = whatFamilyBSees();
        ours.as(anna);

        IsolationHarness.assertEachRefused(callsInFamilyB(), "%s", (name, refused) -> refused
                .isInstanceOf(NotAMemberException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                        .doesNotContain("Secret").doesNotContain("Hidden")));
        IsolationHarness.assertEachRefused(callsInFamilyAWithIdsOfB(), "%s in her own space",
                (name, refused) -> refused
                        .isExactlyInstanceOf(ShiftProblem.class)
                        .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                                .isIn("That shift is no longer there.", "That offer is no longer there.")));

        assertThat(whatFamilyBSees()).isEqualTo(before);
    }

    @Test
    void sheCannotAskSomeoneOfAnotherFamilyToTakeHerNight() {
        restService.setSleepWindow(familyA, new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        var herNight = restService.sleepCover(familyA).nights().getFirst().shiftId();

        assertThat(nightAsks.peopleToAsk(familyA)).isEmpty();
        assertThatThrownBy(() -> nightAsks.askToTakeNight(familyA, herNight, AccountId.of(rose.accountId())))
                .isExactlyInstanceOf(ShiftProblem.class)
                .hasMessage("Please choose someone from your circle who takes shifts.");
    }

    @Test
    void herOwnViewsShowNothingOfFamilyB() {
        assertThat(shifts.between(familyA, day.minusDays(1), day.plusDays(20), false)).extracting(ShiftSummary::kind)
                .containsExactly(ShiftKind.VISIT);
        assertThat(shifts.week(familyA, day, true)).isEmpty();
        assertThat(breakService.openOffers(familyA)).isEmpty();
        assertThat(handoffService.latestHandoffs(familyA, 20)).isEmpty();
        assertThat(restService.sleepCover(familyA).isSet()).isFalse();
        assertThat(restService.sleepCover(familyA).nights()).isEmpty();
        assertThat(restService.restThisWeek(familyA).coveredNights()).isZero();
    }

    /** Everything of family B's shifts that a change would show in, as its owner sees it. */
    List<Object> whatFamilyBSees() {
        theirs.as(maya);
        return List.of(shifts.between(familyB, day.minusDays(3), day.plusDays(20), false),
                shifts.shift(familyB, openShiftOfB), shifts.shift(familyB, takenShiftOfB),
                shifts.shift(familyB, breakOfB), shifts.shift(familyB, repeatingShiftOfB),
                shifts.forEditing(familyB, repeatingShiftOfB),
                breakService.openOffers(familyB), handoffService.latestHandoffs(familyB, 20), restService.sleepCover(familyB),
                restService.restThisWeek(familyB));
    }

    @Test
    void everyPublicMethodIsCovered() {
        ISOLATION.assertEveryServiceOfThePackageIsListed();
        assertThat(ISOLATION.publicMethods()).hasSizeGreaterThanOrEqualTo(22);
        ISOLATION.assertEveryMethodIsCalled(callsInFamilyB(), "with family B's space");
        ISOLATION.assertEveryMethodTakingAnIdIsCalled(callsInFamilyAWithIdsOfB(), "in family A with B's ids");
    }
}
