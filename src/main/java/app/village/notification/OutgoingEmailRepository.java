package app.village.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingEmailRepository extends JpaRepository<OutgoingEmail, UUID> {

    List<OutgoingEmail> findByToAddress(String toAddress);

    List<OutgoingEmail> findByToAddressOrderByCreatedAt(String toAddress);

    List<OutgoingEmail> findByAboutAndSentAtIsNullAndWithdrawnAtIsNull(String about);

    /** Candidates only: another worker may claim any of them first, so each is then claimed by {@link #claim}. */
    @Query("select e.id from OutgoingEmail e where e.sentAt is null and e.givenUpAt is null and e.withdrawnAt is null "
            + "and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil <= :now) "
            + "order by e.nextAttemptAt")
    List<UUID> findDue(@Param("now") Instant now, Limit limit);

    /**
     * Takes the message for one worker until {@code until}, if it is still due and nobody else holds it: one
     * conditional update, so of two workers racing for it exactly one sees 1.
     */
    @Modifying
    @Query("update OutgoingEmail e set e.claimedBy = :worker, e.claimedUntil = :until "
            + "where e.id = :id and e.sentAt is null and e.givenUpAt is null and e.withdrawnAt is null "
            + "and e.nextAttemptAt <= :now "
            + "and (e.claimedUntil is null or e.claimedUntil <= :now)")
    int claim(@Param("id") UUID id, @Param("worker") UUID worker, @Param("now") Instant now,
            @Param("until") Instant until);

    @Modifying
    @Query("update OutgoingEmail e set e.sentAt = :now, e.attempts = e.attempts + 1, e.lastFailure = null, "
            + "e.claimedBy = null, e.claimedUntil = null where e.id = :id and e.claimedBy = :worker")
    int markSent(@Param("id") UUID id, @Param("worker") UUID worker, @Param("now") Instant now);

    @Modifying
    @Query("update OutgoingEmail e set e.attempts = e.attempts + 1, e.nextAttemptAt = :next, "
            + "e.lastFailure = :reason, e.claimedBy = null, e.claimedUntil = null "
            + "where e.id = :id and e.claimedBy = :worker")
    int markFailed(@Param("id") UUID id, @Param("worker") UUID worker, @Param("next") Instant next,
            @Param("reason") String reason);

    @Modifying
    @Query("update OutgoingEmail e set e.attempts = e.attempts + 1, e.givenUpAt = :now, "
            + "e.lastFailure = :reason, e.claimedBy = null, e.claimedUntil = null "
            + "where e.id = :id and e.claimedBy = :worker")
    int markGivenUp(@Param("id") UUID id, @Param("worker") UUID worker, @Param("now") Instant now,
            @Param("reason") String reason);

    @Modifying
    @Query("update OutgoingEmail e set e.withdrawnAt = :now, e.claimedBy = null, e.claimedUntil = null "
            + "where e.id = :id and e.claimedBy = :worker")
    int markWithdrawn(@Param("id") UUID id, @Param("worker") UUID worker, @Param("now") Instant now);

    /** Puts a claimed message back until her hold ends, counting no attempt; see {@link HeldMail}. */
    @Modifying
    @Query("update OutgoingEmail e set e.nextAttemptAt = :until, e.heldSince = coalesce(e.heldSince, :now), "
            + "e.heldWhile = :holdWhile, e.claimedBy = null, e.claimedUntil = null "
            + "where e.id = :id and e.claimedBy = :worker")
    int hold(@Param("id") UUID id, @Param("worker") UUID worker, @Param("until") Instant until,
            @Param("now") Instant now, @Param("holdWhile") DeliveryHold.Reason holdWhile);

    /**
     * Claims everything held for her at this address that nobody else holds, whenever it was due: it goes as one
     * summary. (The address too: after she changed it, the old one gets only what was written to it.)
     */
    @Modifying(clearAutomatically = true)
    @Query("update OutgoingEmail e set e.claimedBy = :worker, e.claimedUntil = :until "
            + "where e.recipientAccountId = :account and e.toAddress = :address and e.heldSince is not null "
            + "and e.sentAt is null and e.givenUpAt is null and e.withdrawnAt is null "
            + "and (e.claimedUntil is null or e.claimedUntil <= :now or e.claimedBy = :worker)")
    int claimHeldFor(@Param("account") UUID account, @Param("address") String address, @Param("worker") UUID worker,
            @Param("now") Instant now, @Param("until") Instant until);

    @Query("select e from OutgoingEmail e where e.recipientAccountId = :account and e.toAddress = :address "
            + "and e.heldSince is not null and e.claimedBy = :worker and e.sentAt is null and e.givenUpAt is null and e.withdrawnAt is null "
            + "order by e.createdAt, e.id")
    List<OutgoingEmail> findHeldClaimedBy(@Param("account") UUID account, @Param("address") String address,
            @Param("worker") UUID worker);

    @Query("select e from OutgoingEmail e where e.recipientAccountId = :account "
            + "and e.sentAt is null and e.withdrawnAt is null")
    List<OutgoingEmail> findWaitingFor(@Param("account") UUID account);
}
