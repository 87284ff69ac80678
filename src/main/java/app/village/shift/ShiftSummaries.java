package app.village.shift;

import app.village.family.FamilyPermission;
import app.village.family.MemberContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Shifts as the pages show them ({@link ShiftSummary}): their helpers, whose rest each one is, and what the
 * viewer may do. Package-private; the services check who may see the shifts before they call it.
 */
@Component
class ShiftSummaries {

    private final ShiftSignupRepository signups;
    private final SleepWindowRepository sleepWindows;
    private final PeopleNames people;

    ShiftSummaries(ShiftSignupRepository signups, SleepWindowRepository sleepWindows, PeopleNames people) {
        this.signups = signups;
        this.sleepWindows = sleepWindows;
        this.people = people;
    }

    /** These shifts, their helpers read in one query. */
    List<ShiftSummary> of(List<CareShift> found, MemberContext me) {
        var withHelpers = new LinkedHashMap<CareShift, List<UUID>>();
        var byId = new HashMap<UUID, List<UUID>>();
        found.forEach(shift -> {
            var helpers = new ArrayList<UUID>();
            withHelpers.put(shift, helpers);
            byId.put(shift.getId(), helpers);
        });
        for (var place : found.isEmpty() ? List.<ShiftSignup>of()
                : signups.findByShiftIdIn(found.stream().map(CareShift::getId).toList())) {
            byId.get(place.getShiftId()).add(place.getAccountId());
        }
        return of(withHelpers, me);
    }

    /**
     * The rows of {@link CareShiftRepository#findStartingBetweenWithHelpers} (a shift and one helper's account,
     * or none) as each shift, in their order, with the accounts of the people on it.
     */
    static LinkedHashMap<CareShift, List<UUID>> withHelpers(List<Object[]> rows) {
        var result = new LinkedHashMap<CareShift, List<UUID>>();
        for (var row : rows) {
            var helpers = result.computeIfAbsent((CareShift) row[0], shift -> new ArrayList<>());
            if (row[1] != null) {
                helpers.add((UUID) row[1]);
            }
        }
        return result;
    }

    /** Each shift with the accounts of the people on it, as the pages show it. */
    List<ShiftSummary> of(LinkedHashMap<CareShift, List<UUID>> shiftsWithHelpers, MemberContext me) {
        var found = List.copyOf(shiftsWithHelpers.keySet());
        var helpers = new HashMap<UUID, List<UUID>>();
        shiftsWithHelpers.forEach((shift, onIt) -> helpers.put(shift.getId(), onIt));
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
        var names = people.of(Stream.concat(helpers.values().stream().flatMap(List::stream), restOf.values().stream())
                .toList());
        return found.stream().map(shift -> {
            var onIt = helpers.getOrDefault(shift.getId(), List.of());
            var whose = restOf.get(shift.getId());
            return new ShiftSummary(shift.getId(), shift.getKind(), shift.title(), shift.getNotes(),
                    shift.getStartsAt().atZone(me.zone()), shift.getEndsAt().atZone(me.zone()), shift.getCapacity(),
                    shift.getTaken(), PeopleNames.withFormerMembers(
                            onIt.stream().map(id -> names.helper(id, me.accountId())).toList(), shift.getTaken()),
                    onIt.contains(me.accountId()), shift.isProtectedSleep(), shift.getActivity(),
                    me.can(FamilyPermission.MANAGE_CARE) || me.accountId().equals(shift.getRequestedBy()),
                    whose == null ? null : names.of(whose));
        }).toList();
    }
}
