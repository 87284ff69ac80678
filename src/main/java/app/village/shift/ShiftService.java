package app.village.shift;

import app.village.base.RepeatForm;
import app.village.family.FamilyPermission;
import app.village.family.MemberContext;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Care shifts of one family space and their series: adding, changing and cancelling them, signing up with a
 * fixed number of places, and reading them for the week, Today and a shift's page. Handoffs, breaks and her
 * sleep have services of their own ({@link HandoffService}, {@link BreakService}, {@link RestService}). Every
 * method checks through {@link SpaceAccess} that the signed-in person belongs to the space and may do the action.
 * Each change is published once, in its transaction, as an event (docs/decisions/domain-events.md).
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ShiftService {

    private static final String NO_LONGER_IN_THE_SPACE =
            "You are no longer in this family's circle, so you can't sign up.";

    private final CareShiftRepository shifts;
    private final CareShiftSeriesRepository series;
    private final ShiftSeriesSkipRepository skips;
    private final ShiftSettings settings;
    private final ShiftSignupRepository signups;
    private final HandoffNoteRepository handoffs;
    private final Bookings bookings;
    private final ShiftSummaries summaries;
    private final PeopleNames people;
    private final ShiftChangeNotices notices;
    private final SpaceAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShiftService(CareShiftRepository shifts, CareShiftSeriesRepository series, ShiftSeriesSkipRepository skips,
            ShiftSettings settings, ShiftSignupRepository signups, HandoffNoteRepository handoffs, Bookings bookings,
            ShiftSummaries summaries, PeopleNames people, ShiftChangeNotices notices, SpaceAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.shifts = shifts;
        this.series = series;
        this.skips = skips;
        this.settings = settings;
        this.signups = signups;
        this.handoffs = handoffs;
        this.bookings = bookings;
        this.summaries = summaries;
        this.people = people;
        this.notices = notices;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A shift for the circle to cover (owners and organizers). */
    @Transactional
    public ShiftId create(SpaceId spaceId, @Valid ShiftForm form) {
        return create(access.require(spaceId, FamilyPermission.MANAGE_CARE), form);
    }

    /**
     * A shift that repeats with the same rules as repeating tasks: every day, chosen weekdays or every few
     * days, until an optional last day. Each day becomes a shift of its own for the coming
     * {@code village.shifts.days-ahead} days, and a daily job keeps that stretch rolling. Returns the shifts
     * laid out now, soonest first.
     */
    @Transactional
    public List<ShiftId> createRepeating(SpaceId spaceId, @Valid ShiftForm form, @Valid RepeatForm repeat) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        if (!repeat.repeats()) {
            return List.of(create(me, form));
        }
        form.requireRepeatable(repeat, me.zone());
        var rule = series.save(new CareShiftSeries(spaceId.value(), form, repeat, me.accountId(), clock.instant()));
        var created = new ArrayList<ShiftId>();
        var now = clock.instant();
        for (var day : rule.nextDaysThrough(horizon(me.zone(), form.day()))) {
            rule.timesOn(day, me.zone())
                    .ifPresent(times -> created.add(ShiftId.of(shifts.save(new CareShift(rule, times, now)).getId())));
        }
        events.publishEvent(new ShiftAdded(spaceId.value(), created.stream().map(ShiftId::value).toList(), me.accountId()));
        return created;
    }

    private ShiftId create(MemberContext me, ShiftForm form) {
        var shift = shifts.save(new CareShift(me.spaceId(), form.kind(), form.timesIn(me.zone()), form.capacity(),
                form.notes(), me.accountId(), clock.instant()));
        events.publishEvent(new ShiftAdded(me.spaceId(), List.of(shift.getId()), me.accountId()));
        return ShiftId.of(shift.getId());
    }

    /**
     * Changes one shift (for a repeating shift, this day only: it then stands on its own). Its helpers keep
     * their places unless the new times clash with another of theirs.
     */
    @Transactional
    public void edit(SpaceId spaceId, ShiftId shiftId, @Valid ShiftForm form) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        var shift = shifts.requireInSpace(spaceId.value(), shiftId.value());
        requireNotOver(shift);
        var times = form.timesIn(me.zone());
        if (!times.endsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("That time is over. Please choose a time still to come.");
        }
        standAlone(shift); // before the move: the skip is for the day the series gave it
        notices.around(me, told -> move(shift, form.kind(), times, form.capacity(), form.notes(), told));
    }

    /**
     * Changes a repeating shift from now on: its coming days take the new times, wording and rule, and their
     * helpers keep their places where the day still exists. Days that started already, and days changed or
     * cancelled on their own, stay as they are. If a helper would clash or too many have signed up, nothing
     * changes and the message says which day.
     */
    @Transactional
    public void editSeries(SpaceId spaceId, ShiftId shiftId, @Valid ShiftForm form, @Valid RepeatForm repeat) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        var rule = requireSeriesOf(spaceId, shifts.requireInSpace(spaceId.value(), shiftId.value()));
        if (!repeat.repeats()) {
            throw new ShiftProblem("To stop a repeating shift, choose \"Stop repeating\" instead.");
        }
        form.requireRepeatable(repeat, me.zone());
        var zone = me.zone();
        var now = clock.instant();
        var from = today(zone);
        var horizon = later(horizon(zone, form.day()), rule.getGeneratedThrough());
        rule.apply(form, repeat);
        var notes = notices.edit(me); // one letter per person for the whole edit, however many days it moves
        var coming = new TreeMap<LocalDate, CareShift>(); // by day, so events list the days soonest first
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
                    move(existing, form.kind(), times, form.capacity(), form.notes(), notes);
                } catch (ShiftProblem clash) {
                    throw clash.on(day); // the page names the day
                }
            } else if (!leaveAlone.contains(day)) {
                notes.added(shifts.save(new CareShift(rule, times, now)));
            }
        }
        coming.values().forEach(gone -> cancelWithHelpers(gone, now, notes));
        rule.generatedThrough(horizon);
        notes.send();
    }

    /**
     * Ends a repeating shift: this day (or today, if this day is past) and the coming days that haven't started
     * are cancelled; shifts already under way or over stay as they were.
     */
    @Transactional
    public void stopRepeating(SpaceId spaceId, ShiftId shiftId) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        var shift = shifts.requireInSpace(spaceId.value(), shiftId.value());
        var rule = requireSeriesOf(spaceId, shift);
        var now = clock.instant();
        var from = later(today(me.zone()), shift.getStartDay());
        rule.endBefore(from);
        notices.around(me, told -> shifts.findComingInSeries(rule.getId(), from).stream()
                .filter(coming -> coming.getStartsAt().isAfter(now))
                .forEach(coming -> cancelWithHelpers(coming, now, told)));
    }

    /** New times and wording for a shift whose helpers keep their places, unless one of them would clash. */
    private void move(CareShift shift, ShiftKind kind, ShiftTimes times, int capacity, @Nullable String notes,
            ShiftChangeNotices.Notes told) {
        if (capacity < shift.getTaken()) {
            throw new ShiftProblem(shift.getTaken() + " people have signed up; ask someone to withdraw first.");
        }
        var places = signups.findByShiftId(shift.getId());
        for (var place : places) {
            bookings.lock(place.getAccountId());
            if (bookings.isBusyElsewhere(place.getAccountId(), shift, times)) {
                throw new ShiftProblem("Someone on this shift has another shift at the new time.");
            }
        }
        told.beforeMove(shift, times, places);
        shift.change(kind, times, capacity, notes);
        places.forEach(place -> place.follow(shift));
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

    private void cancelWithHelpers(CareShift shift, Instant now, ShiftChangeNotices.Notes told) {
        shift.cancel(now);
        var places = signups.findByShiftId(shift.getId());
        told.cancelled(shift, places);
        signups.deleteAll(places);
    }

    private void requireNotOver(CareShift shift) {
        if (!shift.getEndsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("This shift is over, so it stays as it was.");
        }
    }

    private CareShiftSeries requireSeriesOf(SpaceId spaceId, CareShift shift) {
        var rule = seriesOf(spaceId, shift);
        if (rule == null) {
            throw new ShiftProblem("This shift doesn't repeat.");
        }
        return rule;
    }

    /** Cancels a shift: owners and organizers, or the mother for a break she asked for. */
    @Transactional
    public void cancel(SpaceId spaceId, ShiftId shiftId) {
        var me = access.requireMember(spaceId);
        var shift = shifts.requireInSpace(spaceId.value(), shiftId.value());
        if (!me.can(FamilyPermission.MANAGE_CARE) && !me.accountId().equals(shift.getRequestedBy())) {
            throw new ShiftProblem("Only organizers can cancel this shift.");
        }
        standAlone(shift);
        notices.around(me, told -> cancelWithHelpers(shift, clock.instant(), told));
    }

    /**
     * Takes a place with one tap. However many people sign up at the same moment, the shift never takes more
     * than it needs; and nobody is booked on two shifts that overlap.
     */
    @Transactional
    public void signUp(SpaceId spaceId, ShiftId shiftId) {
        var me = access.require(spaceId, FamilyPermission.CLAIM_CARE);
        var shift = shifts.requireInSpace(spaceId.value(), shiftId.value());
        // Before the "already hers" check too, so a second tap of her own waits and then changes nothing.
        // Her leaving holds this lock too (PlaceRelease): the membership read at the start may be stale.
        if (!bookings.lockWhileMember(spaceId, me.accountId())) {
            throw new ShiftProblem(NO_LONGER_IN_THE_SPACE);
        }
        if (signups.findByShiftIdAndAccountId(shiftId.value(), me.accountId()).isPresent()) {
            return;
        }
        if (!shift.getEndsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("This shift is over.");
        }
        if (me.accountId().equals(shift.getRequestedBy())
                || shift.isProtectedSleep() && me.can(FamilyPermission.PLAN_OWN_REST)) {
            throw new ShiftProblem("This is your own rest: someone else takes it.");
        }
        if (bookings.isBusy(me.accountId(), shift.getStartsAt(), shift.getEndsAt())) {
            throw new ShiftProblem("You already have a shift at that time.");
        }
        if (shifts.takePlace(shiftId.value(), spaceId.value()) == 0) {
            throw new ShiftProblem("This shift is already covered. Thank you all the same!");
        }
        signups.save(new ShiftSignup(shift, me.accountId(), clock.instant()));
        events.publishEvent(new ShiftSignedUp(spaceId.value(), shiftId.value(), me.accountId(), shift.getRequestedBy()));
    }

    /** Gives her place back. */
    @Transactional
    public void withdraw(SpaceId spaceId, ShiftId shiftId) {
        var me = access.requireMember(spaceId);
        var shift = shifts.requireInSpace(spaceId.value(), shiftId.value());
        // One after the other, so a second tap finds her place already gone instead of failing on a stale row.
        bookings.lock(me.accountId());
        var place = signups.findByShiftIdAndAccountId(shiftId.value(), me.accountId())
                .orElseThrow(() -> new ShiftProblem("You're not signed up for this shift."));
        signups.delete(place);
        shifts.givePlaceBack(shiftId.value());
        events.publishEvent(new ShiftWithdrawn(spaceId.value(), shiftId.value(), me.accountId(), shift.getRequestedBy()));
    }

    /** Shifts starting on the family's days {@code from} to {@code to}; only hers when {@code onlyMine}. */
    @Transactional(readOnly = true)
    public List<ShiftSummary> between(SpaceId spaceId, LocalDate from, LocalDate to, boolean onlyMine) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        if (to.isBefore(from) || from.plusDays(62).isBefore(to)) {
            throw new ShiftProblem("Please choose up to two months at a time.");
        }
        var found = summaries.of(ShiftSummaries.withHelpers(shifts.findStartingBetweenWithHelpers(spaceId.value(), from, to)), me);
        return onlyMine ? found.stream().filter(ShiftSummary::mine).toList() : found;
    }

    /**
     * Her shifts under way, today and tomorrow that are not over, and for the mother who is on tonight's night:
     * what Today shows, read in one go (the shifts once, their helpers once). At 2 a.m. "tonight" is the night
     * under way, which began the evening before; otherwise the night starting today.
     */
    @Transactional(readOnly = true)
    public ShiftsToday onToday(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var today = today(me.zone());
        var now = clock.instant();
        var found = summaries.of(ShiftSummaries.withHelpers(shifts.findUnderWayOrStartingBetweenWithHelpers(spaceId.value(), today,
                today.plusDays(1), now)), me);
        return ShiftsToday.of(today, now, found, me.can(FamilyPermission.PLAN_OWN_REST));
    }

    /** The week (Monday to Sunday) that holds {@code day}. */
    @Transactional(readOnly = true)
    public List<ShiftSummary> week(SpaceId spaceId, LocalDate day, boolean onlyMine) {
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return between(spaceId, monday, monday.plusDays(6), onlyMine);
    }

    /** One shift, its handoffs, and the latest handoff before it began. */
    @Transactional(readOnly = true)
    public ShiftDetails shift(SpaceId spaceId, ShiftId shiftId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var shift = shifts.requireInSpace(spaceId.value(), shiftId.value());
        var summary = summaries.of(List.of(shift), me).getFirst();
        var written = handoffs.findByShiftIdOrderByWrittenAtDesc(shiftId.value());
        var before = handoffs.findLatestOfOtherShifts(spaceId.value(), shift.getStartsAt(), shiftId.value(), Limit.of(1)).stream()
                .findFirst();
        var names = people.of(Stream.concat(written.stream(), before.stream()).map(HandoffNote::getAuthorId)
                .filter(Objects::nonNull).toList());
        var herOwnRest = me.accountId().equals(shift.getRequestedBy())
                || shift.isProtectedSleep() && me.can(FamilyPermission.PLAN_OWN_REST);
        var maySignUp = !summary.mine() && !summary.isFilled() && me.can(FamilyPermission.CLAIM_CARE) && !herOwnRest
                && shift.getEndsAt().isAfter(clock.instant());
        var rule = seriesOf(spaceId, shift);
        return new ShiftDetails(summary, written.stream().map(note -> Handoff.of(note, names, me.zone())).toList(),
                before.map(note -> Handoff.of(note, names, me.zone())).orElse(null), maySignUp, summary.mine(),
                rule == null ? null : rule.describe());
    }

    /** A shift as its editor opens it (owners and organizers). */
    @Transactional(readOnly = true)
    public ShiftEditing forEditing(SpaceId spaceId, ShiftId shiftId) {
        var me = access.require(spaceId, FamilyPermission.MANAGE_CARE);
        var shift = shifts.requireInSpace(spaceId.value(), shiftId.value());
        var form = shift.toForm(me.zone());
        var rule = seriesOf(spaceId, shift);
        return rule == null ? new ShiftEditing(form, null, null)
                : new ShiftEditing(form, rule.toForm(rule.firstDayOnOrAfter(today(me.zone()).minusMonths(6))),
                        rule.toRepeatForm());
    }

    private @Nullable CareShiftSeries seriesOf(SpaceId spaceId, CareShift shift) {
        var seriesId = shift.getSeriesId();
        return seriesId == null ? null : series.findByIdAndSpaceId(seriesId, spaceId.value()).orElse(null);
    }

    private LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
