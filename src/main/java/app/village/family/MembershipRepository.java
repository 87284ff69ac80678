package app.village.family;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Decision: docs/decisions/last-visit-without-version.md. */
interface MembershipRepository extends JpaRepository<Membership, UUID> {

    /** With its space, which every access check reads next: one statement instead of two. */
    @Query("select m from Membership m join fetch m.space s where s.id = ?1 and m.accountId = ?2")
    Optional<Membership> findBySpaceIdAndAccountId(UUID spaceId, UUID accountId);

    @Query("select m from Membership m join fetch m.space where m.accountId = ?1 order by m.lastVisitedAt desc nulls last, m.joinedAt")
    List<Membership> findByAccountIdMostRecentFirst(UUID accountId);

    /**
     * Her visit, written in place: neither checks nor bumps the row's version, so her sessions on other devices
     * opening pages at the same moment, or an owner changing her role, don't collide with it. A visit never
     * moves the time back, whichever of two sessions commits last.
     */
    @Modifying
    @Query("update Membership m set m.lastVisitedAt = ?2 where m.id = ?1 and (m.lastVisitedAt is null or m.lastVisitedAt < ?2)")
    int recordVisit(UUID membershipId, Instant at);

    /**
     * Her memberships (with their spaces) and everyone's in one space, in one statement: the access check, the
     * drawer's list of her spaces and the space's circle read together.
     */
    @Query("select m from Membership m join fetch m.space s where m.accountId = ?1 or s.id = ?2 "
            + "order by m.lastVisitedAt desc nulls last, m.joinedAt")
    List<Membership> findMineAndCircleOf(UUID accountId, UUID spaceId);

    @Query("select m from Membership m where m.space.id = ?1 order by m.joinedAt")
    List<Membership> findBySpaceId(UUID spaceId);

    long countBySpaceIdAndRole(UUID spaceId, FamilyRole role);

    long countBySpaceId(UUID spaceId);

    boolean existsBySpaceIdAndAccountId(UUID spaceId, UUID accountId);

    /**
     * Locks her membership row until the caller's transaction ends: ending it (a delete) waits, and a lock taken
     * while her leaving is under way waits for it and then finds no row.
     */
    @Query(value = "select id from membership where space_id = ?1 and account_id = ?2 for update", nativeQuery = true)
    List<Object> lock(UUID spaceId, UUID accountId);

    /** The members of several spaces, oldest first: for system jobs (the daily digest). */
    @Query("select m from Membership m where m.space.id in ?1 order by m.joinedAt")
    List<Membership> findBySpaceIdIn(java.util.Collection<UUID> spaceIds);
}
