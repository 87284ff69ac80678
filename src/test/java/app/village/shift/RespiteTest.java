package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The mother's breaks: ones she asks for, and ones her circle offers that she accepts or declines. */
@IntegrationTest
class RespiteTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired app.village.testsupport.MutableClock clock;
    @Autowired ShiftsAhead shiftsAhead;

    VillageUser maya;
    VillageUser rose;
    VillageUser sam;
    VillageUser uncle;
    SpaceId space;
    LocalDate inFiveDays = LocalDate.now(HELSINKI).plusDays(5);

    @BeforeEach
    void aFamily() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        sam = family.person("Sam", FamilyRole.ORGANIZER);
        uncle = family.person("Uncle Bo", FamilyRole.VIEWER);
        space = family.space();
        family.as(maya);
    }

    static RespiteRequest request(LocalDate day, int from, int to, RestActivity what) {
        return new RespiteRequest(day, LocalTime.of(from, 0), LocalTime.of(to, 0), what, "");
    }

    static RespiteOfferForm offer(LocalDate day, int from, int to, String note) {
        return new RespiteOfferForm(day, LocalTime.of(from, 0), LocalTime.of(to, 0), note);
    }

    ShiftSummary summary(ShiftId shiftId) {
        return shifts.shift(space, shiftId).shift();
    }

    @Test
    void herBreakShowsAsAnOpenRespiteShiftThatSomeoneTakes() {
        var id = breakService.askForBreak(space, request(inFiveDays, 14, 16, RestActivity.SHOWER));

        family.as(rose);
        var seen = shifts.between(space, inFiveDays, inFiveDays, false);
        assertThat(seen).singleElement().satisfies(shift -> {
            assertThat(shift.id()).isEqualTo(id);
            assertThat(shift.kind()).isEqualTo(ShiftKind.RESPITE);
            assertThat(shift.title()).isEqualTo("Break for her: a shower");
            assertThat(shift.activity()).isEqualTo(RestActivity.SHOWER);
            assertThat(shift.capacity()).isEqualTo(1);
            assertThat(shift.taken()).isZero();
            assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
            assertThat(Duration.between(shift.start(), shift.end())).isEqualTo(Duration.ofHours(2));
            assertThat(shift.mayChange()).isFalse();
        });
        shifts.signUp(space, id);

        family.as(maya);
        assertThat(summary(id).helpers()).containsExactly("Rose");
        assertThat(summary(id).mayChange()).isTrue();
    }

    @Test
    void aBreakUntilAfterMidnightEndsTheNextDay() {
        var id = breakService.askForBreak(space, request(inFiveDays, 20, 1, RestActivity.FRIEND));

        var shift = summary(id);
        assertThat(shift.title()).isEqualTo("Break for her: see a friend");
        assertThat(shift.end().toLocalDate()).isEqualTo(inFiveDays.plusDays(1));
        assertThat(shift.start().getZone()).isEqualTo(HELSINKI);
    }

    @Test
    void anOfferSheAcceptsBecomesAFilledBreakWithTheOffererOnIt() {
        family.as(rose);
        var offerId = breakService.offerRespite(space, offer(inFiveDays, 10, 14, "I'll take the baby to the park"));
        assertThat(breakService.openOffers(space)).singleElement().satisfies(offer -> {
            assertThat(offer.offeredBy()).isEqualTo("Rose");
            assertThat(offer.mine()).isTrue();
            assertThat(offer.note()).isEqualTo("I'll take the baby to the park");
            assertThat(offer.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(offer.end().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
            assertThat(offer.start().getZone()).isEqualTo(HELSINKI);
        });
        // An offer is not yet a shift.
        assertThat(shifts.between(space, inFiveDays, inFiveDays, false)).isEmpty();

        family.as(maya);
        assertThat(breakService.openOffers(space)).singleElement().satisfies(offer -> assertThat(offer.mine()).isFalse());
        var shiftId = breakService.acceptOffer(space, offerId);

        assertThat(breakService.openOffers(space)).isEmpty();
        assertThat(shifts.between(space, inFiveDays, inFiveDays, false)).singleElement().satisfies(shift -> {
            assertThat(shift.id()).isEqualTo(shiftId);
            assertThat(shift.kind()).isEqualTo(ShiftKind.RESPITE);
            assertThat(shift.title()).isEqualTo("Break for her: time to herself");
            assertThat(shift.helpers()).containsExactly("Rose");
            assertThat(shift.isFilled()).isTrue();
            assertThat(shift.mine()).isFalse();
            assertThat(shift.notes()).isEqualTo("I'll take the baby to the park");
            assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(shift.end().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        });
        assertThatThrownBy(() -> breakService.acceptOffer(space, offerId)).isInstanceOf(ShiftProblem.class)
                .hasMessage("That offer was already answered.");

        family.as(rose);
        assertThat(shifts.between(space, inFiveDays, inFiveDays, true)).extracting(ShiftSummary::id)
                .containsExactly(shiftId);
        assertThat(shifts.shift(space, shiftId).mayWriteHandoff()).isTrue();
    }

    @Test
    void anAcceptedOfferHoldsTheOffererLikeAnyBooking() {
        family.as(rose);
        var offerId = breakService.offerRespite(space, offer(inFiveDays, 10, 14, ""));
        family.as(maya);
        breakService.acceptOffer(space, offerId);
        var sameMorning = shifts.create(space, ShiftForm.of(ShiftKind.DAY_HELP, inFiveDays, LocalTime.of(13, 0),
                LocalTime.of(15, 0)));

        family.as(rose);
        assertThatThrownBy(() -> shifts.signUp(space, sameMorning)).isInstanceOf(ShiftProblem.class)
                .hasMessage("You already have a shift at that time.");
    }

    @Test
    void anOfferWhoseTimeHasBegunStopsShowingAndCannotBeAccepted() {
        family.as(rose);
        var offerId = breakService.offerRespite(space, offer(inFiveDays, 10, 14, ""));
        var clockBefore = clock.instant();
        try {
            clock.set(java.time.ZonedDateTime.of(inFiveDays, LocalTime.of(10, 30), HELSINKI).toInstant());
            family.as(maya);
            assertThat(breakService.openOffers(space)).isEmpty();
            assertThatThrownBy(() -> breakService.acceptOffer(space, offerId)).isInstanceOf(ShiftProblem.class)
                    .hasMessageStartingWith("The time of this offer has already begun");
            assertThat(shifts.between(space, inFiveDays, inFiveDays, false)).isEmpty();
        } finally {
            clock.set(clockBefore);
        }
    }

    @Test
    void anOfferCannotBeAcceptedWhenTheOffererHasSinceBookedThatTime() {
        var dayHelp = shifts.create(space, ShiftForm.of(ShiftKind.DAY_HELP, inFiveDays, LocalTime.of(12, 0),
                LocalTime.of(13, 0)));
        family.as(rose);
        var offerId = breakService.offerRespite(space, offer(inFiveDays, 10, 14, ""));
        shifts.signUp(space, dayHelp);

        family.as(maya);
        assertThatThrownBy(() -> breakService.acceptOffer(space, offerId)).isInstanceOf(ShiftProblem.class)
                .hasMessage("The person who offered this now has another shift at that time.");
        assertThat(breakService.openOffers(space)).extracting(OfferSummary::id).containsExactly(offerId);
        assertThat(shifts.between(space, inFiveDays, inFiveDays, false)).extracting(ShiftSummary::id)
                .containsExactly(dayHelp);
    }

    @Test
    void sheDeclinesAnOfferAndTheOffererMayWithdrawHerOwn() {
        family.as(rose);
        var declined = breakService.offerRespite(space, offer(inFiveDays, 10, 12, ""));
        var withdrawn = breakService.offerRespite(space, offer(inFiveDays.plusDays(1), 10, 12, ""));
        family.as(sam);
        var samsOffer = breakService.offerRespite(space, offer(inFiveDays.plusDays(2), 9, 11, ""));

        family.as(maya);
        assertThat(breakService.openOffers(space)).extracting(OfferSummary::id)
                .containsExactly(declined, withdrawn, samsOffer);
        breakService.declineOffer(space, declined);
        assertThatThrownBy(() -> breakService.withdrawOffer(space, withdrawn)).isInstanceOf(ShiftProblem.class)
                .hasMessage("Only the person who made the offer can take it back.");
        family.as(sam);
        assertThatThrownBy(() -> breakService.withdrawOffer(space, withdrawn)).isInstanceOf(ShiftProblem.class)
                .hasMessage("Only the person who made the offer can take it back.");
        family.as(rose);
        breakService.withdrawOffer(space, withdrawn);
        assertThatThrownBy(() -> breakService.withdrawOffer(space, declined)).isInstanceOf(ShiftProblem.class)
                .hasMessage("That offer was already answered.");

        family.as(maya);
        assertThat(breakService.openOffers(space)).extracting(OfferSummary::id).containsExactly(samsOffer);
        assertThatThrownBy(() -> breakService.acceptOffer(space, declined)).isInstanceOf(ShiftProblem.class)
                .hasMessage("That offer was already answered.");
        assertThatThrownBy(() -> breakService.acceptOffer(space, withdrawn)).isInstanceOf(ShiftProblem.class)
                .hasMessage("That offer was already answered.");
        assertThat(shifts.between(space, inFiveDays, inFiveDays.plusDays(2), false)).isEmpty();
    }

    @Test
    void onlyTheMotherAsksForBreaksAndAnswersOffers() {
        family.as(rose);
        var offerId = breakService.offerRespite(space, offer(inFiveDays, 10, 12, ""));
        var breakRequest = request(inFiveDays.plusDays(1), 10, 12, RestActivity.SLEEP);
        for (var helper : new VillageUser[] {rose, sam, uncle}) {
            family.as(helper);
            assertThatThrownBy(() -> breakService.askForBreak(space, breakRequest)).as(helper.displayName())
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> breakService.acceptOffer(space, offerId)).as(helper.displayName())
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> breakService.declineOffer(space, offerId)).as(helper.displayName())
                    .isInstanceOf(NotAllowedException.class);
        }
        family.as(uncle);
        assertThatThrownBy(() -> breakService.offerRespite(space, offer(inFiveDays, 16, 18, "")))
                .isInstanceOf(NotAllowedException.class);

        family.as(maya);
        assertThat(breakService.openOffers(space)).extracting(OfferSummary::id).containsExactly(offerId);
        assertThat(shifts.between(space, inFiveDays, inFiveDays.plusDays(1), false)).isEmpty();
    }

    @Test
    void theDigestReadsABreakSheAskedForAsHersAndAnOfferSheAcceptedAsNot() {
        var asked = breakService.askForBreak(space, request(inFiveDays, 10, 12, RestActivity.WALK));
        family.as(rose);
        var offerId = breakService.offerRespite(space, offer(inFiveDays.plusDays(1), 14, 16, ""));
        family.as(maya);
        var accepted = breakService.acceptOffer(space, offerId);

        var ahead = shiftsAhead.startingBetween(space.value(), inFiveDays, inFiveDays.plusDays(1));

        assertThat(ahead).filteredOn(shift -> shift.shiftId().equals(asked.value())).singleElement()
                .satisfies(shift -> assertThat(shift.breakSheAskedFor()).isTrue());
        assertThat(ahead).filteredOn(shift -> shift.shiftId().equals(accepted.value())).singleElement()
                .satisfies(shift -> assertThat(shift.breakSheAskedFor()).isFalse());
    }
}
