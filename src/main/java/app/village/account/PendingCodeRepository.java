package app.village.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingCodeRepository extends JpaRepository<PendingCode, UUID> {

    /** Locked, so codes typed at the same moment are counted one after the other and none slips past the limit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PendingCode p where p.id = ?1")
    Optional<PendingCode> findByIdForUpdate(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PendingSignUp p where p.id = ?1")
    Optional<PendingSignUp> findSignUpForUpdate(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PendingEmailChange p where p.id = ?1")
    Optional<PendingEmailChange> findEmailChangeForUpdate(UUID id);

    @Query("select p from PendingEmailChange p where p.accountId = ?1")
    List<PendingEmailChange> findEmailChangesOf(UUID accountId);

    @Modifying
    @Query("delete from PendingCode p where p.expiresAt <= ?1")
    int deleteOver(Instant now);
}
