package app.village.shift;

import app.village.family.FamilyPermission;
import app.village.family.MemberContext;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Her rest: her nightly sleep window, for which Village keeps a night shift open on each of the coming
 * {@value #PROTECTED_NIGHTS} nights, who has those nights, and her hours of rest this week. Every method checks
 * through {@link SpaceAccess} that the signed-in person belongs to the space and may do the action.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class RestService {

    /** How many coming nights a sleep window keeps a night shift open for. */
    static final int PROTECTED_NIGHTS = 14;
    /**
     * The note Village writes on the nights it keeps for her: stored words, like the note an organizer types on a
     * shift, and rewritten when her window changes ({@link CareShift#followSleepWindow}).
     */
    private static final String SLEEP_NOTE = "So she can sleep: her window is ";
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final CareShiftRepository shifts;
    private final SleepWindowRepository sleepWindows;
    private final ShiftSignupRepository signups;
    private final PeopleNames people;
    private final SpaceAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RestService(CareShiftRepository shifts, SleepWindowRepository sleepWindows, ShiftSignupRepository signups,
            PeopleNames people, SpaceAccess access, ApplicationEventPublisher events, Clock clock) {
        this.shifts = shifts;
        this.sleepWindows = sleepWindows;
        this.signups = signups;
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets her nightly sleep window. Village then keeps a night shift open for each of the coming
     * {@value #PROTECTED_NIGHTS} nights (a night that already has one keeps it).
     */
    @Transactional
    public void setSleepWindow(SpaceId spaceId, @Valid SleepWindowForm form) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var now = clock.instant();
        var window = sleepWindows.findById(spaceId.value()).orElse(null);
        if (window == null) {
            sleepWindows.save(new SleepWindow(spaceId.value(), me.accountId(), form.start(), form.end(), now));
        } else {
            window.change(me.accountId(), form.start(), form.end(), now);
        }
        keepNightsOpen(spaceId, me.accountId(), form, me.zone());
        events.publishEvent(new SleepWindowChanged(spaceId.value(), me.accountId()));
    }

    /** Removes her sleep window; the coming protected nights nobody took go too. */
    @Transactional
    public void clearSleepWindow(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var window = sleepWindows.findById(spaceId.value());
        window.ifPresent(sleepWindows::delete);
        var today = today(me.zone());
        var now = clock.instant();
        shifts.findProtectedNights(spaceId.value(), today, today.plusDays(PROTECTED_NIGHTS)).stream()
                .filter(night -> night.getTaken() == 0 && night.getStartsAt().isAfter(now))
                .forEach(night -> night.cancel(now));
        if (window.isPresent()) {
            events.publishEvent(new SleepWindowChanged(spaceId.value(), me.accountId()));
        }
    }

    private void keepNightsOpen(SpaceId spaceId, UUID mother, SleepWindowForm form, ZoneId zone) {
        var today = today(zone);
        var now = clock.instant();
        var existing = new HashMap<LocalDate, CareShift>();
        var nightShifts = shifts.findNightsStartingBetween(spaceId.value(), today, today.plusDays(PROTECTED_NIGHTS - 1));
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
                var shift = new CareShift(spaceId.value(), ShiftKind.NIGHT, times, 1, note, mother, now);
                shift.markProtectedSleep();
                shifts.save(shift);
            } else if (night.getTaken() == 0) {
                night.followSleepWindow(times, note);
            }
        }
    }

    /** Her sleep window and, for each of the coming nights, whether someone has the night shift. */
    @Transactional(readOnly = true)
    public SleepCover sleepCover(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var today = today(me.zone());
        return sleepCover(me, today, sleepWindows.findById(spaceId.value()),
                shifts.findNightsStartingBetween(spaceId.value(), today, today.plusDays(PROTECTED_NIGHTS - 1)),
                this::helperIdsOf);
    }

    /**
     * What a space's home page says of her rest: this week's and the coming nights' cover, from one read of the
     * shifts of both (instead of one for each).
     */
    @Transactional(readOnly = true)
    public RestAtAGlance restAtAGlance(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var today = today(me.zone());
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var lastNight = today.plusDays(PROTECTED_NIGHTS - 1);
        var helperIds = ShiftSummaries.withHelpers(shifts.findStartingBetweenWithHelpers(spaceId.value(), monday,
                lastNight.isAfter(monday.plusDays(6)) ? lastNight : monday.plusDays(6)));
        var both = List.copyOf(helperIds.keySet());
        var week = both.stream().filter(shift -> !shift.getStartDay().isAfter(monday.plusDays(6))).toList();
        var nights = both.stream().filter(shift -> shift.getKind() == ShiftKind.NIGHT
                && !shift.getStartDay().isBefore(today) && !shift.getStartDay().isAfter(lastNight)).toList();
        var helpersByShift = new HashMap<UUID, List<UUID>>();
        helperIds.forEach((shift, onIt) -> helpersByShift.put(shift.getId(), onIt));
        // The helpers came with the shifts: nothing more to read for them.
        return new RestAtAGlance(restWeek(monday, week), sleepCover(me, today, sleepWindows.findById(spaceId.value()), nights,
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
        var names = people.of(helperIds.values().stream().flatMap(List::stream).toList());
        var helpers = new HashMap<UUID, List<String>>();
        var mine = new HashSet<UUID>();
        helperIds.forEach((shiftId, onIt) -> {
            helpers.put(shiftId, onIt.stream().map(person -> names.helper(person, me.accountId())).toList());
            if (onIt.contains(me.accountId())) {
                mine.add(shiftId);
            }
        });
        return new SleepCover(window.map(SleepWindow::getStartTime).orElse(null),
                window.map(SleepWindow::getEndTime).orElse(null),
                nights.stream().sorted(Comparator.comparing(CareShift::getStartDay))
                        .map(night -> new SleepCover.Night(night.getStartDay(), ShiftId.of(night.getId()), night.getTaken() > 0,
                                PeopleNames.withFormerMembers(helpers.getOrDefault(night.getId(), List.of()), night.getTaken()),
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
    public RestWeek restThisWeek(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var monday = today(me.zone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return restWeek(monday, shifts.findStartingBetween(spaceId.value(), monday, monday.plusDays(6)));
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

    private LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
