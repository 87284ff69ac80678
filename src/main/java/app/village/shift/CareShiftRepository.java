package app.village.shift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CareShiftRepository extends JpaRepository<CareShift, UUID> {

    Optional<CareShift> findByIdAndSpaceId(UUID id, UUID spaceId);

    /** A shift of the space that is not cancelled; another family's shift reads as one that is not there. */
    default CareShift requireInSpace(UUID spaceId, UUID shiftId) {
        var shift = findByIdAndSpaceId(shiftId, spaceId)
                .orElseThrow(() -> new ShiftProblem("That shift is no longer there."));
        if (shift.isCancelled()) {
            throw new ShiftProblem("That shift was cancelled.");
        }
        return shift;
    }

    /** Shifts starting on the family's days {@code from} to {@code to}, cancelled ones left out. */
    @Query("select s from CareShift s where s.spaceId = ?1 and s.startDay between ?2 and ?3 "
            + "and s.cancelledAt is null order by s.startsAt, s.id")
    List<CareShift> findStartingBetween(UUID spaceId, LocalDate from, LocalDate to);

    /**
     * Shifts under way at {@code now} (a night that began yesterday evening, at 2 a.m.) and those starting on
     * the family's days {@code from} to {@code to}, cancelled ones left out; each with the account of each person
     * on it (a row per place, one row with none for a shift nobody has taken), in one statement.
     */
    @Query("select s, p.accountId from CareShift s left join ShiftSignup p on p.shiftId = s.id where s.spaceId = ?1 "
            + "and s.cancelledAt is null and (s.startDay between ?2 and ?3 or (s.startsAt <= ?4 and s.endsAt > ?4)) "
            + "order by s.startsAt, s.id")
    List<Object[]> findUnderWayOrStartingBetweenWithHelpers(UUID spaceId, LocalDate from, LocalDate to, Instant now);

    @Query("select s from CareShift s where s.spaceId = ?1 and s.protectedSleep = true and s.cancelledAt is null "
            + "and s.startDay between ?2 and ?3")
    List<CareShift> findProtectedNights(UUID spaceId, LocalDate from, LocalDate to);

    /**
     * As {@link #findStartingBetween}, each shift with the account of each person on it (a row per place, one
     * row with none for a shift nobody has taken): shifts and their helpers in one statement.
     */
    @Query("select s, p.accountId from CareShift s left join ShiftSignup p on p.shiftId = s.id where s.spaceId = ?1 "
            + "and s.startDay between ?2 and ?3 and s.cancelledAt is null order by s.startsAt, s.id")
    List<Object[]> findStartingBetweenWithHelpers(UUID spaceId, LocalDate from, LocalDate to);

    /**
     * As {@link #findStartingBetweenWithHelpers}, with a third column: how many accepted offers made the shift (0 or
     * 1), so a break offered to her and accepted is told apart from one she asked for. For the daily digest.
     */
    @Query("select s, p.accountId, (select count(o) from RespiteOffer o where o.shiftId = s.id) from CareShift s "
            + "left join ShiftSignup p on p.shiftId = s.id where s.spaceId = ?1 and s.startDay between ?2 and ?3 "
            + "and s.cancelledAt is null order by s.startsAt, s.id")
    List<Object[]> findStartingBetweenWithHelpersAndOffers(UUID spaceId, LocalDate from, LocalDate to);

    /** Night shifts (protected or not) starting on the family's days {@code from} to {@code to}. */
    @Query("select s from CareShift s where s.spaceId = ?1 and s.kind = app.village.shift.ShiftKind.NIGHT "
            + "and s.cancelledAt is null and s.startDay between ?2 and ?3")
    List<CareShift> findNightsStartingBetween(UUID spaceId, LocalDate from, LocalDate to);

    /**
     * Takes a place in one statement: of many people signing up at once, the database lets only as many
     * updates succeed as there are places. Returns 1 when a place was taken.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CareShift s set s.taken = s.taken + 1, s.version = s.version + 1 "
            + "where s.id = ?1 and s.spaceId = ?2 and s.taken < s.capacity and s.cancelledAt is null")
    int takePlace(UUID shiftId, UUID spaceId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CareShift s set s.taken = s.taken - 1, s.version = s.version + 1 "
            + "where s.id = ?1 and s.taken > 0")
    int givePlaceBack(UUID shiftId);

    /** The series' shifts from the family's day {@code from} on that are not cancelled, soonest first. */
    @Query("select s from CareShift s where s.seriesId = ?1 and s.startDay >= ?2 and s.cancelledAt is null "
            + "order by s.startDay, s.startsAt, s.id")
    List<CareShift> findComingInSeries(UUID seriesId, LocalDate from);

    /** Breaks she asked for in the space since {@code since}; accepted offers are left out. */
    @Query("select count(s) from CareShift s where s.spaceId = ?1 and s.requestedBy = ?2 and s.createdAt >= ?3 "
            + "and not exists (select o from RespiteOffer o where o.shiftId = s.id)")
    long countAskedBy(UUID spaceId, UUID accountId, Instant since);

    /** Shifts she signed up for that end after {@code from}, in every space: for her calendar feed. */
    @Query("select s from CareShift s where s.cancelledAt is null and s.endsAt > ?2 and s.id in "
            + "(select p.shiftId from ShiftSignup p where p.accountId = ?1) order by s.startsAt")
    List<CareShift> findSignedUpEndingAfter(UUID accountId, Instant from);

    /**
     * The space's shifts, not cancelled, that start after {@code now} and on which she holds a place, soonest
     * first, as rows of id and whose break it is ({@code requestedBy}): the places
     * {@link #givePlacesBackStartingAfter} is about to free, for their events. Ids only, so no shift enters the
     * persistence context that the bulk update would leave stale.
     */
    @Query("select s.id, s.requestedBy from CareShift s where s.spaceId = ?1 and s.startsAt > ?3 "
            + "and s.cancelledAt is null and s.id in (select p.shiftId from ShiftSignup p where p.accountId = ?2) "
            + "order by s.startsAt, s.id")
    List<Object[]> findHeldStartingAfter(UUID spaceId, UUID member, Instant now);

    /**
     * Gives back the places she holds on the space's shifts that start after {@code now}; run before her
     * sign-ups are deleted, which it reads. Shifts under way or over keep her: she was on them.
     */
    @Modifying(flushAutomatically = true)
    @Query("update CareShift s set s.taken = s.taken - 1, s.version = s.version + 1 "
            + "where s.spaceId = ?1 and s.startsAt > ?3 and s.taken > 0 and s.id in "
            + "(select p.shiftId from ShiftSignup p where p.accountId = ?2)")
    int givePlacesBackStartingAfter(UUID spaceId, UUID formerMember, Instant now);

    /**
     * Every place held on a shift that is not cancelled and starts after {@code from} until {@code to}, in every
     * space: the shift and the account on it, a row per place. For the reminder job ({@link PlacesHeld}).
     */
    @Query("select s, p.accountId from ShiftSignup p join CareShift s on s.id = p.shiftId "
            + "where p.startsAt > ?1 and p.startsAt <= ?2 and s.cancelledAt is null order by p.startsAt")
    List<Object[]> findPlacesHeldStartingBetween(Instant from, Instant to);
}
