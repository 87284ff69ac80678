package app.village.shift;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShiftSignupRepository extends JpaRepository<ShiftSignup, UUID> {

    Optional<ShiftSignup> findByShiftIdAndAccountId(UUID shiftId, UUID accountId);

    List<ShiftSignup> findByShiftIdIn(Collection<UUID> shiftIds);

    List<ShiftSignup> findByShiftId(UUID shiftId);

    /** Her bookings that overlap the time from {@code start} to {@code end}, in any space. */
    @Query("select count(p) from ShiftSignup p where p.accountId = ?1 and p.startsAt < ?3 and p.endsAt > ?2")
    long countOverlapping(UUID accountId, Instant start, Instant end);

    /**
     * Holds her account row until the transaction ends, so two sign-ups of the same person run one after
     * the other and the overlap check sees the first. Only the lock is taken: the row is not read or changed.
     */
    @Query(value = "select id from account where id = ?1 for update", nativeQuery = true)
    List<Object> lockPerson(UUID accountId);

    /** Her sign-ups on the space's shifts that start after {@code now}; the shifts' counts are given back first. */
    @Modifying(flushAutomatically = true)
    @Query("delete from ShiftSignup p where p.accountId = ?2 and p.shiftId in "
            + "(select s.id from CareShift s where s.spaceId = ?1 and s.startsAt > ?3)")
    int deleteStartingAfter(UUID spaceId, UUID formerMember, Instant now);
}
