package app.village.shift;

import app.village.account.AccountName;
import app.village.account.AccountService;
import app.village.base.RepeatForm;
import app.village.family.FamilyPermission;
import app.village.family.MemberContext;
import app.village.family.SpaceAccess;
import app.village.family.SpaceMemberships;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Care shifts of one family space: creating and cancelling them, signing up with a fixed number of places,
 * the mother's breaks, offers of respite, her protected sleep, and handoffs. Every method checks through
 * {@link SpaceAccess} that the signed-in person belongs to the space and may do the action.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ShiftService {

    /** How many coming nights a sleep window keeps a night shift open for. */
    static final int PROTECTED_NIGHTS = 14;
    private static final DateTimeFormatter CLOCK_TIME =
            DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);
    private static final String NO_LONGER_IN_THE_SPACE =
            "You are no longer in this family's circle, so you can't sign up.";
    /** How the viewer reads herself among a shift's helpers. */
    private static final String YOU = "you";
    private static final String SLEEP_NOTE = "So she can sleep: her window is ";

    private final CareShiftRepository shifts;
    private final CareShiftSeriesRepository series;
    private final ShiftSeriesSkipRepository skips;
    private final ShiftSettings settings;
    private final ShiftSignupRepository signups;
    private final SleepWindowRepository sleepWindows;
    private final RespiteOfferRepository offers;
    private final HandoffNoteRepository handoffs;
    private final SpaceAccess access;
    private final SpaceMemberships memberships;
    private final AccountService accounts;
    private final Clock clock;

    ShiftService(CareShiftRepository shifts, CareShiftSeriesRepository series, ShiftSeriesSkipRepository skips,
            ShiftSettings settings, ShiftSignupRepository signups, SleepWindowRepository sleepWindows,
            RespiteOfferRepository offers, HandoffNoteRepository handoffs, SpaceAccess access,
            SpaceMemberships memberships, AccountService accounts, Clock clock) {
        this.shifts = shifts;
        this.series = series;
        this.skips = skips;
        this.settings = settings;
        this.signups = signups;
        this.sleepWindows = sleepWindows;
        this.offers = offers;
        this.handoffs = handoffs;
        this.access = access;
        this.memberships = memberships;
        this.accounts = accounts;
        this.clock = clock;
    }

    // --- Shifts -------------------------------------------------------------------------------------------

    /** A shift for the circle to cover (owners and organizers). */
    @Transactional
    public UUID create(UUID spaceId, @Valid ShiftForm form) {
        return create(access.require(spaceId, FamilyPermission.MANAGE_CARE), form);
    }

    /**
     * A shift that repeats with the same rules as repeating tasks: every day, chosen weekdays or every few
     * days, until an optional last day. Each day becomes a shift of its own for the coming
     * {@code village.shifts.days-ahead} days, and a daily job keeps that stretch rolling. Returns the shifts
     * laid out now, soonest first.
     */
    @Transactional
    public List<UUID> createRepeating(UUID spaceId, @Valid ShiftForm form, @Valid RepeatForm repeat) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        if (!repeat.repeats()) {
            return List.of(create(me, form));
        }
        requireRepeatable(form, repeat, me.zone());
        var rule = series.save(new CareShiftSeries(spaceId, form, repeat, me.accountId(), clock.instant()));
        var created = new ArrayList<UUID>();
        var now = clock.instant();
        for (var day : rule.nextDaysThrough(horizon(me.zone(), form.day()))) {
            rule.timesOn(day, me.zone())
                    .ifPresent(times -> created.add(shifts.save(new CareShift(rule, times, now)).getId()));
        }
        return created;
    }

    private UUID create(MemberContext me, ShiftForm form) {
        return shifts.save(new CareShift(me.spaceId(), form.kind(), times(form, me.zone()), form.capacity(),
                form.notes(), me.accountId(), clock.instant())).getId();
    }

    /**
     * Changes one shift (for a repeating shift, this day only: it then stands on its own). Its helpers keep
     * their places unless the new times clash with another of theirs.
     */
    @Transactional
    public void edit(UUID spaceId, UUID shiftId, @Valid ShiftForm form) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        var shift = requireShift(spaceId, shiftId);
        requireNotOver(shift);
        var times = times(form, me.zone());
        if (!times.endsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("That time is over. Please choose a time still to come.");
        }
        standAlone(shift); // before the move: the skip is for the day the series gave it
        move(shift, form.kind(), times, form.capacity(), form.notes());
    }

    /**
     * Changes a repeating shift from now on: its coming days take the new times, wording and rule, and their
     * helpers keep their places where the day still exists. Days that started already, and days changed or
     * cancelled on their own, stay as they are. If a helper would clash or too many have signed up, nothing
     * changes and the message says which day.
     */
    @Transactional
    public void editSeries(UUID spaceId, UUID shiftId, @Valid ShiftForm form, @Valid RepeatForm repeat) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        var rule = requireSeriesOf(spaceId, requireShift(spaceId, shiftId));
        if (!repeat.repeats()) {
            throw new ShiftProblem("To stop a repeating shift, choose \"Stop repeating\" instead.");
        }
        requireRepeatable(form, repeat, me.zone());
        var zone = me.zone();
        var now = clock.instant();
        var from = today(zone);
        var horizon = later(horizon(zone, form.day()), rule.getGeneratedThrough());
        rule.apply(form, repeat);
        var coming = new HashMap<LocalDate, CareShift>();
        var leaveAlone = new HashSet<LocalDate>();
        skips.findBySeriesId(rule.getId()).forEach(skipped -> leaveAlone.add(skipped.day()));
        for (var shift : shifts.findComingInSeries(rule.getId(), from)) {
            if (shift.getStartsAt().isAfter(now)) {
                coming.put(shift.getStartDay(), shift);
            } else {
                leaveAlone.add(shift.getStartDay()); // under way or over: its helpers are on it
            }
        }
        for (var day : rule.daysBetween(from, horizon)) {
            var existing = coming.remove(day);
            var still = rule.timesOn(day, zone).filter(times -> !times.startsAt().isBefore(now));
            if (still.isEmpty()) {
                if (existing != null) {
                    coming.put(day, existing); // cancelled with the rest below
                }
                continue;
            }
            var times = still.get();
            if (existing != null) {
                try {
                    move(existing, form.kind(), times, form.capacity(), form.notes());
                } catch (ShiftProblem clash) {
                    throw new ShiftProblem(DAY.format(day) + ": " + clash.getMessage());
                }
            } else if (!leaveAlone.contains(day)) {
                shifts.save(new CareShift(rule, times, now));
            }
        }
        coming.values().forEach(gone -> cancelWithHelpers(gone, now));
        rule.generatedThrough(horizon);
    }

    /**
     * Ends a repeating shift: this day (or today, if this day is past) and the coming days that haven't started
     * are cancelled; shifts already under way or over stay as they were.
     */
    @Transactional
    public void stopRepeating(UUID spaceId, UUID shiftId) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        var shift = requireShift(spaceId, shiftId);
        var rule = requireSeriesOf(spaceId, shift);
        var now = clock.instant();
        var from = later(today(me.zone()), shift.getStartDay());
        rule.endBefore(from);
        shifts.findComingInSeries(rule.getId(), from).stream()
                .filter(coming -> coming.getStartsAt().isAfter(now))
                .forEach(coming -> cancelWithHelpers(coming, now));
    }

    /** New times and wording for a shift whose helpers keep their places, unless one of them would clash. */
    private void move(CareShift shift, ShiftKind kind, ShiftTimes times, int capacity, @Nullable String notes) {
        if (capacity < shift.getTaken()) {
            throw new ShiftProblem(shift.getTaken() + " people have signed up; ask someone to withdraw first.");
        }
        var places = signups.findByShiftId(shift.getId());
        for (var place : places) {
            signups.lockPerson(place.getAccountId());
            var others = signups.countOverlapping(place.getAccountId(), times.startsAt(), times.endsAt())
                    - (overlaps(shift, times) ? 1 : 0);
            if (others > 0) {
                throw new ShiftProblem("Someone on this shift has another shift at the new time.");
            }
        }
        shift.change(kind, times, capacity, notes);
        places.forEach(place -> place.follow(shift));
    }

    private void requireRepeatable(ShiftForm form, RepeatForm repeat, ZoneId zone) {
        if (form.endDay() != null) {
            throw new ShiftProblem("A repeating shift ends the same day or the next morning; leave \"Ends on\" empty.");
        }
        var problem = repeat.lastDayProblem(form.day());
        if (problem != null) {
            throw new ShiftProblem(problem);
        }
        times(form, zone); // the first day's times, checked like a single shift's
    }

    /** How far the days of a series exist as shifts: the configured stretch, and at least its first day. */
    private LocalDate horizon(ZoneId zone, LocalDate firstDay) {
        return later(today(zone).plusDays(settings.daysAhead()), firstDay);
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    /** A day changed or cancelled on its own: remembered, so a later change to the series leaves it be. */
    private void standAlone(CareShift shift) {
        var seriesId = shift.getSeriesId();
        if (seriesId != null) {
            skips.save(new ShiftSeriesSkip(seriesId, shift.getStartDay()));
            shift.detachFromSeries();
        }
    }

    private void cancelWithHelpers(CareShift shift, Instant now) {
        shift.cancel(now);
        signups.deleteAll(signups.findByShiftId(shift.getId()));
    }

    private void requireNotOver(CareShift shift) {
        if (!shift.getEndsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("This shift is over, so it stays as it was.");
        }
    }

    private CareShiftSeries requireSeriesOf(UUID spaceId, CareShift shift) {
        var rule = seriesOf(spaceId, shift);
        if (rule == null) {
            throw new ShiftProblem("This shift doesn't repeat.");
        }
        return rule;
    }

    private static boolean overlaps(CareShift shift, ShiftTimes times) {
        return shift.getStartsAt().isBefore(times.endsAt()) && shift.getEndsAt().isAfter(times.startsAt());
    }

    /** Cancels a shift: owners and organizers, or the mother for a break she asked for. */
    @Transactional
    public void cancel(UUID spaceId, UUID shiftId) {
        var me = access.requireMember(spaceId);
        var shift = requireShift(spaceId, shiftId);
        if (!me.can(FamilyPermission.MANAGE_CARE) && !me.accountId().equals(shift.getRequestedBy())) {
            throw new ShiftProblem("Only organizers can cancel this shift.");
        }
        standAlone(shift);
        cancelWithHelpers(shift, clock.instant());
    }

    /**
     * Takes a place with one tap. However many people sign up at the same moment, the shift never takes more
     * than it needs; and nobody is booked on two shifts that overlap.
     */
    @Transactional
    public void signUp(UUID spaceId, UUID shiftId) {
        var me = access.require(spaceId, FamilyPermission.CLAIM_CARE);
        var shift = requireShift(spaceId, shiftId);
        // Before the "already hers" check too, so a second tap of her own waits and then changes nothing.
        signups.lockPerson(me.accountId());
        // Her leaving holds this lock too (PlaceRelease): if she was waiting on it, it has committed by now,
        // and the membership read at the start is stale.
        if (!memberships.isMember(spaceId, me.accountId())) {
            throw new ShiftProblem(NO_LONGER_IN_THE_SPACE);
        }
        if (signups.findByShiftIdAndAccountId(shiftId, me.accountId()).isPresent()) {
            return;
        }
        if (!shift.getEndsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("This shift is over.");
        }
        if (me.accountId().equals(shift.getRequestedBy())
                || shift.isProtectedSleep() && me.can(FamilyPermission.PLAN_OWN_REST)) {
            throw new ShiftProblem("This is your own rest: someone else takes it.");
        }
        if (signups.countOverlapping(me.accountId(), shift.getStartsAt(), shift.getEndsAt()) > 0) {
            throw new ShiftProblem("You already have a shift at that time.");
        }
        if (shifts.takePlace(shiftId, spaceId) == 0) {
            throw new ShiftProblem("This shift is already covered. Thank you all the same!");
        }
        signups.save(new ShiftSignup(shift, me.accountId(), clock.instant()));
    }

    /** Gives her place back. */
    @Transactional
    public void withdraw(UUID spaceId, UUID shiftId) {
        var me = access.requireMember(spaceId);
        requireShift(spaceId, shiftId);
        // One after the other, so a second tap finds her place already gone instead of failing on a stale row.
        signups.lockPerson(me.accountId());
        var place = signups.findByShiftIdAndAccountId(shiftId, me.accountId())
                .orElseThrow(() -> new ShiftProblem("You're not signed up for this shift."));
        signups.delete(place);
        shifts.givePlaceBack(shiftId);
    }

    /** Shifts starting on the family's days {@code from} to {@code to}; only hers when {@code onlyMine}. */
    @Transactional(readOnly = true)
    public List<ShiftSummary> between(UUID spaceId, LocalDate from, LocalDate to, boolean onlyMine) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        if (to.isBefore(from) || from.plusDays(62).isBefore(to)) {
            throw new ShiftProblem("Please choose up to two months at a time.");
        }
        var found = summarize(withHelpers(shifts.findStartingBetweenWithHelpers(spaceId, from, to)), me);
        return onlyMine ? found.stream().filter(ShiftSummary::mine).toList() : found;
    }

    /**
     * Her shifts under way, today and tomorrow that are not over, and for the mother who is on tonight's night:
     * what Today shows, read in one go (the shifts once, their helpers once). At 2 a.m. "tonight" is the night
     * under way, which began the evening before; otherwise the night starting today.
     */
    @Transactional(readOnly = true)
    public ShiftsToday onToday(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var today = today(me.zone());
        var now = clock.instant();
        var found = summarize(withHelpers(shifts.findUnderWayOrStartingBetweenWithHelpers(spaceId, today,
                today.plusDays(1), now)), me);
        var mine = found.stream().filter(shift -> shift.mine() && shift.end().toInstant().isAfter(now)).toList();
        List<String> tonight = null;
        if (me.can(FamilyPermission.PLAN_OWN_REST)) {
            var nights = found.stream().filter(shift -> shift.kind() == ShiftKind.NIGHT).toList();
            var underWay = nights.stream()
                    .filter(night -> !night.start().toInstant().isAfter(now) && night.end().toInstant().isAfter(now))
                    .toList();
            var herNight = !underWay.isEmpty() ? underWay
                    : nights.stream().filter(night -> night.start().toLocalDate().equals(today)).toList();
            if (!herNight.isEmpty()) {
                tonight = herNight.stream().flatMap(night -> night.helpers().stream()).distinct().toList();
            }
        }
        return new ShiftsToday(today, mine, tonight);
    }

    /** The week (Monday to Sunday) that holds {@code day}. */
    @Transactional(readOnly = true)
    public List<ShiftSummary> week(UUID spaceId, LocalDate day, boolean onlyMine) {
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return between(spaceId, monday, monday.plusDays(6), onlyMine);
    }

    /** One shift, its handoffs, and the latest handoff before it began. */
    @Transactional(readOnly = true)
    public ShiftDetails shift(UUID spaceId, UUID shiftId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var shift = requireShift(spaceId, shiftId);
        var summary = summarize(List.of(shift), me).getFirst();
        var written = handoffs.findByShiftIdOrderByWrittenAtDesc(shiftId);
        var before = handoffs.findLatestOfOtherShifts(spaceId, shift.getStartsAt(), shiftId, Limit.of(1)).stream()
                .findFirst();
        var authors = new HashSet<UUID>();
        written.forEach(note -> addIfPresent(authors, note.getAuthorId()));
        before.ifPresent(note -> addIfPresent(authors, note.getAuthorId()));
        var names = names(authors);
        var herOwnRest = me.accountId().equals(shift.getRequestedBy())
                || shift.isProtectedSleep() && me.can(FamilyPermission.PLAN_OWN_REST);
        var maySignUp = !summary.mine() && !summary.isFilled() && me.can(FamilyPermission.CLAIM_CARE) && !herOwnRest
                && shift.getEndsAt().isAfter(clock.instant());
        var rule = seriesOf(spaceId, shift);
        return new ShiftDetails(summary, written.stream().map(note -> handoff(note, names, me.zone())).toList(),
                before.map(note -> handoff(note, names, me.zone())).orElse(null), maySignUp, summary.mine(),
                rule == null ? null : rule.describe());
    }

    /** A shift as its editor opens it (owners and organizers). */
    @Transactional(readOnly = true)
    public ShiftEditing forEditing(UUID spaceId, UUID shiftId) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        var shift = requireShift(spaceId, shiftId);
        var day = shift.getStartDay();
        var start = shift.getStartsAt().atZone(me.zone()).toLocalTime();
        var end = shift.getEndsAt().atZone(me.zone()).toLocalDateTime();
        // "Ends on" only when the end is later than the next morning, as the editor asks for it.
        // (A whole day ends at its start time, which without its own day would read as no time at all.)
        var endDay = !end.toLocalTime().equals(start) && Limits.endOf(day, start, null, end.toLocalTime()).equals(end)
                ? null : end.toLocalDate();
        var form = new ShiftForm(shift.getKind(), day, start, endDay, end.toLocalTime(), shift.getCapacity(),
                Objects.requireNonNullElse(shift.getNotes(), ""));
        var rule = seriesOf(spaceId, shift);
        return rule == null ? new ShiftEditing(form, null, null)
                : new ShiftEditing(form, rule.toForm(rule.firstDayOnOrAfter(today(me.zone()).minusMonths(6))),
                        rule.toRepeatForm());
    }

    private @Nullable CareShiftSeries seriesOf(UUID spaceId, CareShift shift) {
        var seriesId = shift.getSeriesId();
        return seriesId == null ? null : series.findByIdAndSpaceId(seriesId, spaceId).orElse(null);
    }

    // --- Handoffs -----------------------------------------------------------------------------------------

    /** The helper on a shift leaves a handoff for the next person and the mother. */
    @Transactional
    public void writeHandoff(UUID spaceId, UUID shiftId, @Valid HandoffForm form) {
        var me = access.requireMember(spaceId);
        var shift = requireShift(spaceId, shiftId);
        if (signups.findByShiftIdAndAccountId(shiftId, me.accountId()).isEmpty()) {
            throw new ShiftProblem("Only someone on this shift can write its handoff.");
        }
        handoffs.save(new HandoffNote(shift, me.accountId(), form, clock.instant()));
    }

    /** The newest handoffs in the space, newest first: what the mother and the next helper read. */
    @Transactional(readOnly = true)
    public List<Handoff> latestHandoffs(UUID spaceId, int howMany) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var found = handoffs.findLatest(spaceId, clock.instant(), Limit.of(Math.clamp(howMany, 1, 20)));
        var authors = new HashSet<UUID>();
        found.forEach(note -> addIfPresent(authors, note.getAuthorId()));
        var names = names(authors);
        return found.stream().map(note -> handoff(note, names, me.zone())).toList();
    }

    // --- The mother's rest --------------------------------------------------------------------------------

    /** She asks for a break; it shows to her circle as an open respite shift. */
    @Transactional
    public UUID askForBreak(UUID spaceId, @Valid RespiteRequest request) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var times = ShiftTimes.of(request.day(), request.startTime(), null, request.endTime(), me.zone());
        requireAtMostADay(times);
        var shift = new CareShift(spaceId, ShiftKind.RESPITE, times, 1, request.note(), me.accountId(), clock.instant());
        shift.requestedBy(me.accountId(), request.activity());
        return shifts.save(shift).getId();
    }

    /**
     * How many breaks the signed-in person asked for since {@code since}, cancelled ones too: she asked all the
     * same. A break offered to her and accepted is not one she asked for.
     */
    @Transactional(readOnly = true)
    public long breaksAskedSince(UUID spaceId, Instant since) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        return shifts.countAskedBy(spaceId, me.accountId(), since);
    }

    /** A supporter offers a break unasked; the mother accepts or declines it. */
    @Transactional
    public UUID offerRespite(UUID spaceId, @Valid RespiteOfferForm form) {
        var me = access.require(spaceId, FamilyPermission.OFFER_RESPITE);
        var times = ShiftTimes.of(form.day(), form.startTime(), null, form.endTime(), me.zone());
        requireAtMostADay(times);
        return offers.save(new RespiteOffer(spaceId, me.accountId(), times, form.note(), clock.instant())).getId();
    }

    /** Open offers, soonest first. */
    @Transactional(readOnly = true)
    public List<OfferSummary> openOffers(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var now = clock.instant();
        // An offer whose time has passed can no longer be taken up, so it stops showing.
        var found = offers.findBySpaceIdAndStatusOrderByStartsAt(spaceId, RespiteOffer.Status.OFFERED).stream()
                .filter(offer -> offer.getStartsAt().isAfter(now)).toList();
        var names = names(found.stream().map(RespiteOffer::getOfferedBy).toList());
        return found.stream().map(offer -> new OfferSummary(offer.getId(), nameOf(names, offer.getOfferedBy()),
                offer.getStartsAt().atZone(me.zone()), offer.getEndsAt().atZone(me.zone()), offer.getNote(),
                offer.getOfferedBy().equals(me.accountId()))).toList();
    }

    /** The mother accepts an offer: it becomes a respite shift with the person who offered it on it. */
    @Transactional
    public UUID acceptOffer(UUID spaceId, UUID offerId) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var offer = requireOpenOffer(spaceId, offerId);
        if (!offer.getStartsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("The time of this offer has already begun, so it can no longer be taken up. You can ask for a new break instead.");
        }
        var zone = me.zone();
        var start = offer.getStartsAt().atZone(zone);
        var times = new ShiftTimes(offer.getStartsAt(), offer.getEndsAt(), start.toLocalDate());
        var shift = new CareShift(spaceId, ShiftKind.RESPITE, times, 1, offer.getNote(), me.accountId(), clock.instant());
        shift.requestedBy(me.accountId(), RestActivity.TIME_ALONE);
        signups.lockPerson(offer.getOfferedBy());
        // After the lock, which her leaving also takes: a leave under way has committed and withdrawn her offers.
        if (!memberships.isMember(spaceId, offer.getOfferedBy())) {
            throw new ShiftProblem("The person who made this offer is no longer in your circle, so it can no longer be taken up.");
        }
        if (signups.countOverlapping(offer.getOfferedBy(), times.startsAt(), times.endsAt()) > 0) {
            throw new ShiftProblem("The person who offered this now has another shift at that time.");
        }
        shift.fillFirstPlace(); // a new shift nobody else can see yet: no race for this place
        shifts.save(shift);
        signups.save(new ShiftSignup(shift, offer.getOfferedBy(), clock.instant()));
        offer.accept(shift.getId());
        return shift.getId();
    }

    @Transactional
    public void declineOffer(UUID spaceId, UUID offerId) {
        access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        requireOpenOffer(spaceId, offerId).decline();
    }

    /** The person who made an offer takes it back. */
    @Transactional
    public void withdrawOffer(UUID spaceId, UUID offerId) {
        var me = access.requireMember(spaceId);
        var offer = requireOpenOffer(spaceId, offerId);
        if (!offer.getOfferedBy().equals(me.accountId())) {
            throw new ShiftProblem("Only the person who made the offer can take it back.");
        }
        offer.withdraw();
    }

    /**
     * Sets her nightly sleep window. Village then keeps a night shift open for each of the coming
     * {@value #PROTECTED_NIGHTS} nights (a night that already has one keeps it).
     */
    @Transactional
    public void setSleepWindow(UUID spaceId, @Valid SleepWindowForm form) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var now = clock.instant();
        var window = sleepWindows.findById(spaceId).orElse(null);
        if (window == null) {
            sleepWindows.save(new SleepWindow(spaceId, me.accountId(), form.start(), form.end(), now));
        } else {
            window.change(me.accountId(), form.start(), form.end(), now);
        }
        keepNightsOpen(spaceId, me.accountId(), form, me.zone());
    }

    /** Removes her sleep window; the coming protected nights nobody took go too. */
    @Transactional
    public void clearSleepWindow(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        sleepWindows.findById(spaceId).ifPresent(sleepWindows::delete);
        var today = today(me.zone());
        var now = clock.instant();
        shifts.findProtectedNights(spaceId, today, today.plusDays(PROTECTED_NIGHTS)).stream()
                .filter(night -> night.getTaken() == 0 && night.getStartsAt().isAfter(now))
                .forEach(night -> night.cancel(now));
    }

    private void keepNightsOpen(UUID spaceId, UUID mother, SleepWindowForm form, ZoneId zone) {
        var today = today(zone);
        var now = clock.instant();
        var existing = new HashMap<LocalDate, CareShift>();
        var nightShifts = shifts.findNightsStartingBetween(spaceId, today, today.plusDays(PROTECTED_NIGHTS - 1));
        nightShifts.stream().filter(CareShift::isProtectedSleep).forEach(night -> existing.put(night.getStartDay(), night));
        for (var day = today; day.isBefore(today.plusDays(PROTECTED_NIGHTS)); day = day.plusDays(1)) {
            var times = ShiftTimes.of(day, form.start(), null, form.end(), zone);
            if (!times.endsAt().isAfter(now)) {
                continue;
            }
            var night = existing.get(day);
            if (night == null && ordinaryNightDuring(nightShifts, times).isPresent()) {
                continue; // an organizer already put a night shift over her sleep: no second one beside it
            }
            var note = SLEEP_NOTE + CLOCK_TIME.format(form.start()) + " to " + CLOCK_TIME.format(form.end()) + ".";
            if (night == null) {
                var shift = new CareShift(spaceId, ShiftKind.NIGHT, times, 1, note, mother, now);
                shift.markProtectedSleep();
                shifts.save(shift);
            } else if (night.getTaken() == 0) {
                night.followSleepWindow(times, note);
            }
        }
    }

    /** Her sleep window and, for each of the coming nights, whether someone has the night shift. */
    @Transactional(readOnly = true)
    public SleepCover sleepCover(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var today = today(me.zone());
        return sleepCover(me, today, sleepWindows.findById(spaceId),
                shifts.findNightsStartingBetween(spaceId, today, today.plusDays(PROTECTED_NIGHTS - 1)),
                this::helperIdsOf);
    }

    /**
     * What a space's home page says of her rest: this week's and the coming nights' cover, from one read of the
     * shifts of both (instead of one for each).
     */
    @Transactional(readOnly = true)
    public RestAtAGlance restAtAGlance(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var today = today(me.zone());
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var lastNight = today.plusDays(PROTECTED_NIGHTS - 1);
        var helperIds = withHelpers(shifts.findStartingBetweenWithHelpers(spaceId, monday,
                lastNight.isAfter(monday.plusDays(6)) ? lastNight : monday.plusDays(6)));
        var both = List.copyOf(helperIds.keySet());
        var week = both.stream().filter(shift -> !shift.getStartDay().isAfter(monday.plusDays(6))).toList();
        var nights = both.stream().filter(shift -> shift.getKind() == ShiftKind.NIGHT
                && !shift.getStartDay().isBefore(today) && !shift.getStartDay().isAfter(lastNight)).toList();
        var helpersByShift = new HashMap<UUID, List<UUID>>();
        helperIds.forEach((shift, people) -> helpersByShift.put(shift.getId(), people));
        // The helpers came with the shifts: nothing more to read for them.
        return new RestAtAGlance(restWeek(monday, week), sleepCover(me, today, sleepWindows.findById(spaceId), nights,
                ids -> {
                    var ofThese = new HashMap<UUID, List<UUID>>();
                    ids.forEach(id -> ofThese.put(id, helpersByShift.getOrDefault(id, List.of())));
                    return ofThese;
                }));
    }

    /** Who is on each of these shifts (account ids by shift id), in one query. */
    private Map<UUID, List<UUID>> helperIdsOf(List<UUID> shiftIds) {
        var result = new HashMap<UUID, List<UUID>>();
        signups.findByShiftIdIn(shiftIds).forEach(place -> result.computeIfAbsent(place.getShiftId(),
                id -> new ArrayList<>()).add(place.getAccountId()));
        return result;
    }

    private SleepCover sleepCover(MemberContext me, LocalDate today, Optional<SleepWindow> window,
            List<CareShift> nightShifts, Function<List<UUID>, Map<UUID, List<UUID>>> helperIdsOf) {
        var nights = new ArrayList<>(nightShifts.stream().filter(CareShift::isProtectedSleep).toList());
        if (window.isPresent()) {
            // A night without a protected shift may have an organizer's night shift over her sleep instead.
            var protectedDays = new HashSet<LocalDate>();
            nights.forEach(night -> protectedDays.add(night.getStartDay()));
            for (var day = today; day.isBefore(today.plusDays(PROTECTED_NIGHTS)); day = day.plusDays(1)) {
                if (!protectedDays.contains(day)) {
                    ordinaryNightDuring(nightShifts, ShiftTimes.of(day, window.get().getStartTime(), null,
                            window.get().getEndTime(), me.zone())).ifPresent(nights::add);
                }
            }
        }
        var ids = nights.stream().map(CareShift::getId).toList();
        var helperIds = ids.isEmpty() ? Map.<UUID, List<UUID>>of() : helperIdsOf.apply(ids);
        var names = names(helperIds.values().stream().flatMap(List::stream).toList());
        var helpers = new HashMap<UUID, List<String>>();
        var mine = new HashSet<UUID>();
        helperIds.forEach((shiftId, people) -> {
            helpers.put(shiftId, people.stream().map(person -> helperName(names, person, me)).toList());
            if (people.contains(me.accountId())) {
                mine.add(shiftId);
            }
        });
        return new SleepCover(window.map(SleepWindow::getStartTime).orElse(null),
                window.map(SleepWindow::getEndTime).orElse(null),
                nights.stream().sorted(Comparator.comparing(CareShift::getStartDay))
                        .map(night -> new SleepCover.Night(night.getStartDay(), night.getId(), night.getTaken() > 0,
                                withFormerMembers(helpers.getOrDefault(night.getId(), List.of()), night.getTaken()),
                                night.isProtectedSleep(), mine.contains(night.getId())))
                        .toList());
    }

    /** An ordinary night shift (not one Village keeps for her sleep) over some of her sleep that night. */
    private static Optional<CareShift> ordinaryNightDuring(List<CareShift> nightShifts, ShiftTimes sleep) {
        return nightShifts.stream()
                .filter(night -> !night.isProtectedSleep() && night.getStartsAt().isBefore(sleep.endsAt())
                        && night.getEndsAt().isAfter(sleep.startsAt()))
                .findFirst();
    }

    /** Her rest this week: hours of filled respite and night shifts, and the nights covered. */
    @Transactional(readOnly = true)
    public RestWeek restThisWeek(UUID spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var monday = today(me.zone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return restWeek(monday, shifts.findStartingBetween(spaceId, monday, monday.plusDays(6)));
    }

    private static RestWeek restWeek(LocalDate monday, List<CareShift> shiftsOfTheWeek) {
        var rest = Duration.ZERO;
        var nights = 0;
        for (var shift : shiftsOfTheWeek) {
            if (shift.getTaken() < shift.getCapacity()) {
                continue;
            }
            if (shift.getKind() == ShiftKind.NIGHT) {
                nights++;
                rest = rest.plus(Duration.between(shift.getStartsAt(), shift.getEndsAt()));
            } else if (shift.getKind() == ShiftKind.RESPITE) {
                rest = rest.plus(Duration.between(shift.getStartsAt(), shift.getEndsAt()));
            }
        }
        return new RestWeek(monday, rest, nights);
    }

    // --- Helpers ------------------------------------------------------------------------------------------

    private List<ShiftSummary> summarize(List<CareShift> found, MemberContext me) {
        var withHelpers = new LinkedHashMap<CareShift, List<UUID>>();
        var byId = new HashMap<UUID, List<UUID>>();
        found.forEach(shift -> {
            var people = new ArrayList<UUID>();
            withHelpers.put(shift, people);
            byId.put(shift.getId(), people);
        });
        for (var place : found.isEmpty() ? List.<ShiftSignup>of()
                : signups.findByShiftIdIn(found.stream().map(CareShift::getId).toList())) {
            byId.get(place.getShiftId()).add(place.getAccountId());
        }
        return summarize(withHelpers, me);
    }

    /**
     * The rows of {@link CareShiftRepository#findStartingBetweenWithHelpers} (a shift and one helper's account,
     * or none) as each shift, in their order, with the accounts of the people on it.
     */
    private static LinkedHashMap<CareShift, List<UUID>> withHelpers(List<Object[]> rows) {
        var result = new LinkedHashMap<CareShift, List<UUID>>();
        for (var row : rows) {
            var people = result.computeIfAbsent((CareShift) row[0], shift -> new ArrayList<>());
            if (row[1] != null) {
                people.add((UUID) row[1]);
            }
        }
        return result;
    }

    /** Each shift with the accounts of the people on it, as the pages show it. */
    private List<ShiftSummary> summarize(LinkedHashMap<CareShift, List<UUID>> shiftsWithHelpers, MemberContext me) {
        var found = List.copyOf(shiftsWithHelpers.keySet());
        var helpers = new HashMap<UUID, List<UUID>>();
        shiftsWithHelpers.forEach((shift, people) -> helpers.put(shift.getId(), people));
        var restOf = new HashMap<UUID, UUID>();
        // An organizer's night shift has no requester: it is the night of the mother who set her sleep window.
        var sleeper = found.stream().anyMatch(shift -> shift.getRequestedBy() == null && shift.getKind() == ShiftKind.NIGHT)
                ? sleepWindows.findById(me.spaceId()).map(SleepWindow::getAccountId).orElse(null) : null;
        for (var shift : found) {
            var whose = shift.getRequestedBy() != null ? shift.getRequestedBy()
                    : shift.getKind() == ShiftKind.NIGHT ? sleeper : null;
            if (whose != null) {
                restOf.put(shift.getId(), whose);
            }
        }
        var names = names(Stream.concat(helpers.values().stream().flatMap(List::stream), restOf.values().stream())
                .toList());
        return found.stream().map(shift -> {
            var people = helpers.getOrDefault(shift.getId(), List.of());
            var whose = restOf.get(shift.getId());
            return new ShiftSummary(shift.getId(), shift.getKind(), shift.title(), shift.getNotes(),
                    shift.getStartsAt().atZone(me.zone()), shift.getEndsAt().atZone(me.zone()), shift.getCapacity(),
                    shift.getTaken(), withFormerMembers(people.stream().map(id -> helperName(names, id, me)).toList(),
                            shift.getTaken()),
                    people.contains(me.accountId()), shift.isProtectedSleep(), shift.getActivity(),
                    me.can(FamilyPermission.MANAGE_CARE) || me.accountId().equals(shift.getRequestedBy()),
                    whose == null ? null : nameOf(names, whose));
        }).toList();
    }

    /**
     * A helper as the viewer reads her: "you" for herself in every list of helpers ("Covered by you, Ana"),
     * her name to everyone else. The one place this is decided, so no page shows Daniel his own full name.
     */
    private static String helperName(Map<UUID, AccountName> names, UUID id, MemberContext me) {
        return id.equals(me.accountId()) ? YOU : nameOf(names, id);
    }

    /**
     * A place on a shift that had started when its helper deleted her account stays counted (she was there)
     * while her sign-up went with the account: it reads "A former member", as her handoff notes do.
     */
    private static List<String> withFormerMembers(List<String> helpers, int taken) {
        if (helpers.size() >= taken) {
            return helpers;
        }
        var all = new ArrayList<>(helpers);
        while (all.size() < taken) {
            all.add("A former member");
        }
        return all;
    }

        private Handoff handoff(HandoffNote note, Map<UUID, AccountName> names, ZoneId zone) {
        var author = note.getAuthorId() == null ? "A former member" : nameOf(names, note.getAuthorId());
        return new Handoff(note.getShiftId(), author, note.getWrittenAt().atZone(zone), note.toForm());
    }

    private Map<UUID, AccountName> names(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : accounts.namesOf(Set.copyOf(ids));
    }

    private static String nameOf(Map<UUID, AccountName> names, UUID id) {
        var name = names.get(id);
        return name == null ? "Someone" : name.displayName();
    }

    private static void addIfPresent(Set<UUID> ids, @Nullable UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private static ShiftTimes times(ShiftForm form, ZoneId zone) {
        var times = ShiftTimes.of(form.day(), form.startTime(), form.endDay(), form.endTime(), zone);
        requireAtMostADay(times);
        return times;
    }

    private static void requireAtMostADay(ShiftTimes times) {
        if (!times.endsAt().isAfter(times.startsAt())) {
            // The form checks the wall-clock times, so this is a night the clocks go forward over them.
            throw new ShiftProblem("The clocks go forward during these hours, which leaves no time at all. "
                    + "Please choose a later end.");
        }
        if (times.length().compareTo(Duration.ofHours(25)) > 0) {
            throw new ShiftProblem("A shift runs from its start to at most a day later.");
        }
    }

    private CareShift requireShift(UUID spaceId, UUID shiftId) {
        var shift = shifts.findByIdAndSpaceId(shiftId, spaceId)
                .orElseThrow(() -> new ShiftProblem("That shift is no longer there."));
        if (shift.isCancelled()) {
            throw new ShiftProblem("That shift was cancelled.");
        }
        return shift;
    }

    private RespiteOffer requireOpenOffer(UUID spaceId, UUID offerId) {
        var offer = offers.findByIdAndSpaceId(offerId, spaceId)
                .orElseThrow(() -> new ShiftProblem("That offer is no longer there."));
        if (offer.getStatus() != RespiteOffer.Status.OFFERED) {
            throw new ShiftProblem("That offer was already answered.");
        }
        return offer;
    }
}
