package app.village.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, UUID> {

    /** Requests for this account since then: the per-account limit counts rows, so a restart doesn't reset it. */
    long countByAccountIdAndRequestedAtAfter(UUID accountId, Instant since);

    /** Locked, so of two uses of one link at the same moment only one sets a password. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PasswordReset r where r.tokenHash = ?1")
    Optional<PasswordReset> findByTokenHashForUpdate(String tokenHash);

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    /** Locked while its token is made, so a link is never minted for a reset that is being used or superseded. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PasswordReset r where r.id = ?1")
    Optional<PasswordReset> findByIdForUpdate(UUID id);

    /** Stops every other open link of this account (a newer request, or a password just set). */
    @Modifying(flushAutomatically = true)
    @Query("""
            update PasswordReset r set r.supersededAt = ?3, r.version = r.version + 1
            where r.accountId = ?1 and r.id <> ?2 and r.usedAt is null and r.supersededAt is null""")
    int supersedeOthers(UUID accountId, UUID keep, Instant now);

    /** Stops every open link of this account (her address changed). */
    @Modifying(flushAutomatically = true)
    @Query("""
            update PasswordReset r set r.supersededAt = ?2, r.version = r.version + 1
            where r.accountId = ?1 and r.usedAt is null and r.supersededAt is null""")
    int supersedeAll(UUID accountId, Instant now);
}
