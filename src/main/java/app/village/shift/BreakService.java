package app.village.shift;

import app.village.family.FamilyPermission;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The mother's breaks: those she asks for (an open respite shift for her circle) and those her circle offers
 * unasked, which she accepts or declines. Every method checks through {@link SpaceAccess} that the signed-in
 * person belongs to the space and may do the action. Asking, offering, accepting, declining and taking back are
 * published as events.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class BreakService {

    private final CareShiftRepository shifts;
    private final RespiteOfferRepository offers;
    private final ShiftSignupRepository signups;
    private final Bookings bookings;
    private final PeopleNames people;
    private final SpaceAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BreakService(CareShiftRepository shifts, RespiteOfferRepository offers, ShiftSignupRepository signups,
            Bookings bookings, PeopleNames people, SpaceAccess access, ApplicationEventPublisher events, Clock clock) {
        this.shifts = shifts;
        this.offers = offers;
        this.signups = signups;
        this.bookings = bookings;
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** She asks for a break; it shows to her circle as an open respite shift. */
    @Transactional
    public ShiftId askForBreak(SpaceId spaceId, @Valid RespiteRequest request) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var times = ShiftTimes.of(request.day(), request.startTime(), null, request.endTime(), me.zone())
                .requireAtMostADay();
        var shift = new CareShift(spaceId.value(), ShiftKind.RESPITE, times, 1, request.note(), me.accountId(), clock.instant());
        shift.requestedBy(me.accountId(), request.activity());
        shifts.save(shift);
        events.publishEvent(new BreakAsked(spaceId.value(), shift.getId(), me.accountId()));
        return ShiftId.of(shift.getId());
    }

    /**
     * How many breaks the signed-in person asked for since {@code since}, cancelled ones too: she asked all the
     * same. A break offered to her and accepted is not one she asked for.
     */
    @Transactional(readOnly = true)
    public long breaksAskedSince(SpaceId spaceId, Instant since) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        return shifts.countAskedBy(spaceId.value(), me.accountId(), since);
    }

    /** A supporter offers a break unasked; the mother accepts or declines it. */
    @Transactional
    public OfferId offerRespite(SpaceId spaceId, @Valid RespiteOfferForm form) {
        var me = access.require(spaceId, FamilyPermission.OFFER_RESPITE);
        var times = ShiftTimes.of(form.day(), form.startTime(), null, form.endTime(), me.zone()).requireAtMostADay();
        var offer = offers.save(new RespiteOffer(spaceId.value(), me.accountId(), times, form.note(), clock.instant()));
        events.publishEvent(new OfferMade(spaceId.value(), offer.getId(), me.accountId()));
        return OfferId.of(offer.getId());
    }

    /** Open offers, soonest first. */
    @Transactional(readOnly = true)
    public List<OfferSummary> openOffers(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var now = clock.instant();
        // An offer whose time has passed can no longer be taken up, so it stops showing.
        var found = offers.findBySpaceIdAndStatusOrderByStartsAt(spaceId.value(), RespiteOffer.Status.OFFERED).stream()
                .filter(offer -> offer.getStartsAt().isAfter(now)).toList();
        var names = people.of(found.stream().map(RespiteOffer::getOfferedBy).toList());
        return found.stream().map(offer -> new OfferSummary(OfferId.of(offer.getId()), names.of(offer.getOfferedBy()),
                offer.getStartsAt().atZone(me.zone()), offer.getEndsAt().atZone(me.zone()), offer.getNote(),
                offer.getOfferedBy().equals(me.accountId()))).toList();
    }

    /** The mother accepts an offer: it becomes a respite shift with the person who offered it on it. */
    @Transactional
    public ShiftId acceptOffer(SpaceId spaceId, OfferId offerId) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var offer = requireOpenOffer(spaceId, offerId);
        if (!offer.getStartsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("The time of this offer has already begun, so it can no longer be taken up. You can ask for a new break instead.");
        }
        var zone = me.zone();
        var start = offer.getStartsAt().atZone(zone);
        var times = new ShiftTimes(offer.getStartsAt(), offer.getEndsAt(), start.toLocalDate());
        var shift = new CareShift(spaceId.value(), ShiftKind.RESPITE, times, 1, offer.getNote(), me.accountId(), clock.instant());
        shift.requestedBy(me.accountId(), RestActivity.TIME_ALONE);
        // After the lock, which her leaving also takes: a leave under way has committed and withdrawn her offers.
        if (!bookings.lockWhileMember(spaceId, offer.getOfferedBy())) {
            throw new ShiftProblem("The person who made this offer is no longer in your circle, so it can no longer be taken up.");
        }
        if (bookings.isBusy(offer.getOfferedBy(), times.startsAt(), times.endsAt())) {
            throw new ShiftProblem("The person who offered this now has another shift at that time.");
        }
        shift.fillFirstPlace(); // a new shift nobody else can see yet: no race for this place
        shifts.save(shift);
        signups.save(new ShiftSignup(shift, offer.getOfferedBy(), clock.instant()));
        offer.accept(shift.getId());
        events.publishEvent(new OfferAccepted(spaceId.value(), offerId.value(), shift.getId(), me.accountId(),
                offer.getOfferedBy()));
        return ShiftId.of(shift.getId());
    }

    /** The mother says no, thank you: the offer goes from everyone's open offers. */
    @Transactional
    public void declineOffer(SpaceId spaceId, OfferId offerId) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var offer = requireOpenOffer(spaceId, offerId);
        offer.decline();
        events.publishEvent(new OfferClosed(spaceId.value(), offerId.value(), me.accountId(), offer.getOfferedBy()));
    }

    /** The person who made an offer takes it back. */
    @Transactional
    public void withdrawOffer(SpaceId spaceId, OfferId offerId) {
        var me = access.requireMember(spaceId);
        var offer = requireOpenOffer(spaceId, offerId);
        if (!offer.getOfferedBy().equals(me.accountId())) {
            throw new ShiftProblem("Only the person who made the offer can take it back.");
        }
        offer.withdraw();
        events.publishEvent(new OfferClosed(spaceId.value(), offerId.value(), me.accountId(), me.accountId()));
    }

    private RespiteOffer requireOpenOffer(SpaceId spaceId, OfferId offerId) {
        var offer = offers.findByIdAndSpaceId(offerId.value(), spaceId.value())
                .orElseThrow(() -> new ShiftProblem("That offer is no longer there."));
        if (offer.getStatus() != RespiteOffer.Status.OFFERED) {
            throw new ShiftProblem("That offer was already answered.");
        }
        return offer;
    }
}
